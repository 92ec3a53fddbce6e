using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Patch;
using static ScimFunctions.Tests.Scim.Resources.NormalizerTestData;

namespace ScimFunctions.Tests.Scim.Resources;

public sealed class GroupNormalizationTests
{
    [Fact]
    public void Normalize_EntraCreateGroup_AcceptsMicrosoftSchemaAndHasNoMembers()
    {
        // E-38: the ADSCIM schema URI must not cause a rejection; it has no data, so it is not stored.
        const string body = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
                        "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
             "externalId":"00000000-0000-0000-0000-000000000031","displayName":"Team Alpha",
             "meta":{"resourceType":"Group"}}
            """;

        var result = Group(body);

        Assert.Equal(Compact("""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],
             "externalId":"00000000-0000-0000-0000-000000000031","displayName":"Team Alpha"}
            """), result.Data.ToJsonString());
        Assert.Null(result.Members);
    }

    [Fact]
    public void Normalize_ObjectUnderMicrosoftSchemaUri_IsKeptWithoutNullsAndListed()
    {
        const string adscim = "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group";

        var result = Group($$$"""{"displayName":"T","{{{adscim}}}":{"objectId":"o-1","empty":null}}""");

        Assert.Equal(Compact($$$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group","{{{adscim}}}"],
             "displayName":"T","{{{adscim}}}":{"objectId":"o-1"} }
            """), result.Data.ToJsonString());
    }

    [Fact]
    public void Normalize_Members_AreExtractedAndNotStoredInData()
    {
        // E-41 shape with "$ref": null; the same id twice counts once.
        const string body = """
            {"displayName":"Team Alpha","Members":[{"$ref":null,"value":"u-1001"},
             {"value":"u-1003","type":"User","display":"VP"},{"Value":"u-1001"},null]}
            """;

        var result = Group(body);

        Assert.Equal(
            [new MemberReference("u-1001"), new MemberReference("u-1003", "User", "VP")],
            result.Members);
        Assert.Null(result.Data["members"]);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    public void Normalize_EmptyOrNullMembers_IsAnEmptyList(string members)
    {
        var result = Group($$$"""{"displayName":"Team Alpha","members":{{{members}}}}""");

        Assert.NotNull(result.Members);
        Assert.Empty(result.Members);
    }

    [Fact]
    public void Normalize_SingleMemberObject_IsWrapped()
    {
        var result = Group("""{"displayName":"Team Alpha","members":{"value":"u-1001"}}""");

        Assert.Equal([new MemberReference("u-1001")], result.Members);
    }

    [Theory]
    [InlineData("""[{"display":"No id"}]""")]
    [InlineData("""[{"value":""}]""")]
    [InlineData("""[{"value":null,"$ref":null}]""")]
    public void Normalize_MemberWithoutValue_IsInvalidValue(string members)
    {
        var error = Assert.Throws<ScimException>(() => Group($$$"""{"displayName":"T","members":{{{members}}}}"""));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimType.InvalidValue, error.ScimType);
    }

    [Theory]
    [InlineData("""["u-1001"]""")]
    [InlineData("""[{"value":1001}]""")]
    public void Normalize_MemberOfWrongType_IsInvalidValue(string members)
    {
        var error = Assert.Throws<ScimException>(() => Group($$$"""{"displayName":"T","members":{{{members}}}}"""));

        Assert.Equal(ScimType.InvalidValue, error.ScimType);
        Assert.Contains("'members", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_MembersOnAUser_AreNotAnAttribute()
    {
        var result = User("""{"userName":"u","members":[{"value":"u-1001"}]}""");

        Assert.Null(result.Members);
        Assert.Null(result.Data["members"]);
    }
}
