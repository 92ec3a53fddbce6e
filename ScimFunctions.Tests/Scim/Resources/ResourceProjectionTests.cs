using System.Text.Json.Nodes;
using ScimFunctions.Scim.Resources;
using ScimFunctions.Scim.Schema;
using static ScimFunctions.Tests.Scim.Resources.NormalizerTestData;

namespace ScimFunctions.Tests.Scim.Resources;

public sealed class ResourceProjectionTests
{
    private const string Custom = "urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User";

    private static readonly string UserJson = $$$"""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","{{{Enterprise}}}","{{{Custom}}}"],
         "id":"u-1001","externalId":"e-1","userName":"user.one@example.com",
         "name":{"givenName":"Given","familyName":"Family"},"active":true,"password":"leaked",
         "emails":[{"value":"a@example.com","type":"work","primary":true},{"value":"b@example.com","type":"home"}],
         "{{{Enterprise}}}":{"department":"Retail","manager":{"value":"u-1002"}},
         "{{{Custom}}}":{"costCode":"CC-9"},
         "meta":{"resourceType":"User","location":"https://scim.example.com/scim/v2/Users/u-1001"}}
        """;

    private static string Apply(string? attributes, string? excluded) =>
        ResourceProjection.Apply(
            JsonNode.Parse(UserJson)!.AsObject(),
            ScimSchemas.UserType,
            attributes is null ? null : [attributes],
            excluded is null ? null : [excluded]).ToJsonString();

    [Fact]
    public void Apply_NoParameters_ReturnsEverythingButPassword()
    {
        var expected = JsonNode.Parse(UserJson)!.AsObject();
        expected.Remove("password");

        var result = Apply(null, null);

        Assert.Equal(expected.ToJsonString(), result);
    }

    [Fact]
    public void Apply_AttributesId_ReturnsSchemasAndIdOnly()
    {
        // E-12: attributes=id returns just the id (with schemas, which is always returned).

        var result = Apply("id", null);

        Assert.Equal(Compact($$$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","{{{Enterprise}}}","{{{Custom}}}"],"id":"u-1001"}
            """), result);
    }

    [Fact]
    public void Apply_SubAttributesAndUrnPathsInAnyCase_SelectOnlyThose()
    {

        var result = Apply($"NAME.givenName, emails.VALUE,{Enterprise.ToUpperInvariant()}:Manager,password", null);

        Assert.Equal(Compact($$$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","{{{Enterprise}}}","{{{Custom}}}"],
             "id":"u-1001","name":{"givenName":"Given"},"emails":[{"value":"a@example.com"},{"value":"b@example.com"}],
             "{{{Enterprise}}}":{"manager":{"value":"u-1002"} } }
            """), result);
    }

    [Fact]
    public void Apply_WholeExtensionUrnAndCoreUrnPath_AreSelected()
    {

        var result = Apply($"{Custom},urn:ietf:params:scim:schemas:core:2.0:User:userName", null);

        Assert.Equal(Compact($$$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","{{{Enterprise}}}","{{{Custom}}}"],
             "id":"u-1001","userName":"user.one@example.com","{{{Custom}}}":{"costCode":"CC-9"} }
            """), result);
    }

    [Fact]
    public void Apply_AttributeWithValueFilter_ReturnsTheWholeAttribute()
    {
        // The reference Postman collection sends attributes=emails[type eq "work"] (not RFC syntax).

        var result = JsonNode.Parse(Apply("emails[type eq \"work\"]", null))!;

        Assert.Equal(2, result["emails"]!.AsArray().Count);
    }

    [Fact]
    public void Apply_ExcludedAttributes_RemovesThemButNeverIdOrSchemas()
    {

        var result = JsonNode.Parse(Apply(null, $"id,schemas,emails.type,name,meta,{Enterprise}:department"))!;

        Assert.Equal("u-1001", (string?)result["id"]);
        Assert.NotNull(result["schemas"]);
        Assert.Null(result["name"]);
        Assert.Null(result["meta"]);
        Assert.Equal(Compact("""[{"value":"a@example.com","primary":true},{"value":"b@example.com"}]"""),
            result["emails"]!.ToJsonString());
        Assert.Equal(Compact("""{"manager":{"value":"u-1002"}}"""), result[Enterprise]!.ToJsonString());
    }

    [Fact]
    public void Apply_ExcludingTheOnlySubAttribute_RemovesTheEmptyParent()
    {

        var result = JsonNode.Parse(Apply(null, $"{Custom}:costCode"))!;

        Assert.Null(result[Custom]);
    }

    [Fact]
    public void Apply_GroupExcludingMembers_HasNoMembers()
    {
        // E-36 / E-37: excludedAttributes=members.
        var group = JsonNode.Parse("""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g-2001","displayName":"Team Alpha",
             "members":[{"value":"u-1001"}],"meta":{"resourceType":"Group"}}
            """)!.AsObject();

        var result = ResourceProjection.Apply(group, ScimSchemas.GroupType, null, ["members"]);

        Assert.Equal(Compact("""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g-2001","displayName":"Team Alpha",
             "meta":{"resourceType":"Group"}}
            """), result.ToJsonString());
    }

    [Theory]
    [InlineData(null, "members", true)] // E-02, E-36, E-37
    [InlineData(null, "Members", true)]
    [InlineData(null, "displayName, members", true)]
    [InlineData(null, "urn:ietf:params:scim:schemas:core:2.0:Group:members", true)]
    [InlineData("displayName", null, true)]
    [InlineData("displayName,members.value", null, false)]
    [InlineData("members", "members", true)]
    [InlineData(null, "members.display", false)]
    [InlineData(null, null, false)]
    [InlineData("", "", false)]
    public void Excludes_Members_IsTrueOnlyWhenMembersAreLeftOut(string? attributes, string? excluded, bool expected)
    {

        var result = ResourceProjection.Excludes(
            "members",
            attributes is null ? null : [attributes],
            excluded is null ? null : [excluded]);

        Assert.Equal(expected, result);
    }
}
