using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using static ScimFunctions.Tests.Scim.Patch.PatchTestData;

namespace ScimFunctions.Tests.Scim.Patch;

/// <summary>RFC 7644 §3.5.2 semantics, errors and atomicity.</summary>
public sealed class PatchApplierRfcTests
{
    [Fact]
    public void Apply_AddToMultiValued_AppendsWithoutDuplicates()
    {
        var result = ApplyToUser(User(), """
            [{"op":"add","path":"emails","value":[
               {"primary":true,"type":"work","value":"user.one@example.com"},
               {"type":"home","value":"home@example.com"}]}]
            """);

        Assert.Equal(2, Array(result.Resource, "emails").Count);
    }

    [Fact]
    public void Apply_ReplaceComplexWithObject_MergesSubAttributes()
    {
        var result = ApplyToUser(User(), """[{"op":"replace","path":"name","value":{"GivenName":"G2"}}]""");

        Assert.True(JsonNode.DeepEquals(
            JsonOf("""{"formatted":"Given Family","familyName":"Family","givenName":"G2"}"""), result.Resource["name"]));
    }

    [Fact]
    public void Apply_ReplaceFilteredEntryWithoutSub_ReplacesEntry()
    {
        var result = ApplyToUser(User(), """
            [{"op":"replace","path":"emails[type eq \"work\"]","value":{"type":"work","value":"w@example.com"}}]
            """);

        Assert.True(JsonNode.DeepEquals(
            JsonOf("""{"type":"work","value":"w@example.com"}"""), Assert.Single(Array(result.Resource, "emails"))));
    }

    [Fact]
    public void Apply_RemoveFilteredEntry_RemovesOnlyMatchAndUnassignsWhenEmpty()
    {
        var result = ApplyToUser(User(), """[{"op":"remove","path":"emails[type eq \"work\"]"}]""");

        Assert.False(result.Resource.ContainsKey("emails"));
    }

    [Fact]
    public void Apply_RemoveFilteredSubAttribute_KeepsEntry()
    {
        var result = ApplyToUser(User(), """[{"op":"remove","path":"emails[type eq \"work\"].primary"}]""");

        Assert.True(JsonNode.DeepEquals(
            JsonOf("""{"type":"work","value":"user.one@example.com"}"""), Assert.Single(Array(result.Resource, "emails"))));
    }

    [Fact]
    public void Apply_RemoveSimpleAndSubAttributes_Unassigns()
    {
        var result = ApplyToUser(User(), """
            [{"op":"remove","path":"externalId"},{"op":"remove","path":"name.formatted"},{"op":"remove","path":"nickName"}]
            """);

        Assert.False(result.Resource.ContainsKey("externalId"));
        Assert.False(result.Resource["name"]!.AsObject().ContainsKey("formatted"));
    }

    [Fact]
    public void Apply_ReplaceWithNull_Unassigns()
    {
        var result = ApplyToUser(User(), """[{"op":"replace","path":"externalId","value":null}]""");

        Assert.False(result.Resource.ContainsKey("externalId"));
    }

    [Fact]
    public void Apply_RemoveEmailsWithValueList_RemovesListedOnly()
    {
        var user = User();
        Array(user, "emails").Add(JsonOf("""{"type":"home","value":"home@example.com"}"""));

        var result = ApplyToUser(user, """[{"op":"remove","path":"emails","value":[{"value":"HOME@example.com"}]}]""");

        Assert.Equal("work", (string?)Assert.Single(Array(result.Resource, "emails"))!["type"]);
    }

    [Fact]
    public void Apply_Password_IsReturnedApartAndNeverStored()
    {
        var result = ApplyToUser(User(), """[{"op":"replace","path":"password","value":"t0p-Secret"}]""");

        Assert.Equal("t0p-Secret", result.NewPassword);
        Assert.False(result.Resource.ContainsKey("password"));
    }

    [Fact]
    public void Apply_UnknownExtensionAttribute_IsStoredAsSent()
    {
        var result = ApplyToUser(User(), """
            [{"op":"add","path":"urn:example:custom:2.0:User:badge","value":{"Level":3}}]
            """);

        Assert.Equal(3, result.Resource["urn:example:custom:2.0:User"]!["badge"]!["Level"]!.GetValue<int>());
    }

    [Fact]
    public void Apply_ResendingSameIdInPathlessReplace_IsTolerated()
    {
        var result = ApplyToUser(User(), """[{"op":"replace","value":{"id":"u-1001","nickName":"N"}}]""");

        Assert.Equal("N", (string?)result.Resource["nickName"]);
    }

    [Theory]
    [InlineData("""{"op":"replace","path":"id","value":"u-2"}""", ScimType.Mutability)]
    [InlineData("""{"op":"replace","path":"meta.lastModified","value":"2020-01-01T00:00:00Z"}""", ScimType.Mutability)]
    [InlineData("""{"op":"add","path":"groups","value":[{"value":"g-1"}]}""", ScimType.Mutability)]
    [InlineData("""{"op":"remove","path":"id"}""", ScimType.Mutability)]
    [InlineData("""{"op":"replace","value":{"id":"u-2"}}""", ScimType.Mutability)]
    [InlineData("""{"op":"replace","path":"nickname2","value":"x"}""", ScimType.InvalidPath)]
    [InlineData("""{"op":"replace","value":{"nickname2":"x"}}""", ScimType.InvalidPath)]
    [InlineData("""{"op":"remove","path":"userName"}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"replace","path":"userName","value":""}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"replace","path":"userName","value":null}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"remove"}""", ScimType.NoTarget)]
    [InlineData("""{"op":"add","value":"x"}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"add","path":"nickName"}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"replace","path":"name","value":"x"}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"replace","path":"emails[type eq \"x\" or type eq \"home\"].value","value":"x"}""", ScimType.NoTarget)]
    [InlineData("""{"op":"replace","path":"emails[value co \"nobody\"].value","value":"x"}""", ScimType.NoTarget)]
    [InlineData("""{"op":"replace","path":"manager[value eq \"u-9\"].value","value":"x"}""", ScimType.NoTarget)]
    [InlineData("""{"op":"add","path":"manager","value":[{"value":"a"},{"value":"b"}]}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"add","path":"manager","value":42}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"remove","path":"password"}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"replace","path":"password","value":5}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"remove","path":"emails[type zz \"work\"]"}""", ScimType.InvalidFilter)]
    public void Apply_InvalidOperation_Throws400WithScimType(string operation, string scimType)
    {
        var user = User();
        user[Enterprise] = JsonOf("""{"manager":{"value":"u-1"}}""");

        var error = Assert.Throws<ScimException>(() => ApplyToUser(user, $"[{operation}]"));

        Assert.Equal(400, error.Status);
        Assert.Equal(scimType, error.ScimType);
        Assert.StartsWith("Operation 1 (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_FailingThirdOperation_LeavesInputUnchangedAndNamesIt()
    {
        var user = User();
        var before = user.DeepClone();

        var error = Assert.Throws<ScimException>(() => ApplyToUser(user, """
            [{"op":"Replace","path":"displayName","value":"Changed"},
             {"op":"Remove","path":"emails"},
             {"op":"Replace","path":"id","value":"u-2"}]
            """));

        Assert.True(JsonNode.DeepEquals(before, user));
        Assert.Contains("Operation 3 (replace on 'id')", error.Message, StringComparison.Ordinal);
        Assert.Equal(ScimType.Mutability, error.ScimType);
    }

    [Fact]
    public void Apply_Success_NeverModifiesInput()
    {
        var user = User();
        var before = user.DeepClone();

        var result = ApplyToUser(user, """
            [{"op":"replace","path":"name.givenName","value":"X"},{"op":"remove","path":"emails"}]
            """);

        Assert.True(JsonNode.DeepEquals(before, user));
        Assert.NotSame(user, result.Resource);
    }
}
