using System.Text.Json.Nodes;
using static ScimFunctions.Tests.Scim.Patch.PatchTestData;

namespace ScimFunctions.Tests.Scim.Patch;

/// <summary>The user PATCH requests Entra and the SCIM Validator send, one test per case.</summary>
public sealed class PatchApplierEntraUserTests
{
    [Fact]
    public void Apply_E19_ReplacesWorkEmailAndFamilyName()
    {
        var result = ApplyToUser(User(), """
            [{"op":"Replace","path":"emails[type eq \"work\"].value","value":"user.one.new@example.com"},
             {"op":"Replace","path":"name.familyName","value":"NewFamily"}]
            """);

        var email = Assert.Single(Array(result.Resource, "emails"))!;
        Assert.Equal("user.one.new@example.com", (string?)email["value"]);
        Assert.Equal("work", (string?)email["type"]);
        Assert.Equal("NewFamily", (string?)result.Resource["name"]!["familyName"]);
        Assert.Equal("Given", (string?)result.Resource["name"]!["givenName"]);
    }

    [Fact]
    public void Apply_E19WithoutWorkEmail_CreatesWorkEmail()
    {
        // B-12: compatibility rule "a filtered path creates its entry" instead of 400 noTarget.
        var result = ApplyToUser(BareUser(), """
            [{"op":"Replace","path":"emails[type eq \"work\"].value","value":"user.one@example.com"}]
            """);

        var email = Assert.Single(Array(result.Resource, "emails"))!;
        Assert.True(JsonNode.DeepEquals(JsonOf("""{"type":"work","value":"user.one@example.com"}"""), email));
    }

    [Fact]
    public void Apply_E20_RenamesUserName()
    {
        var result = ApplyToUser(User(), """[{"op":"Replace","path":"userName","value":"user.one.renamed@example.com"}]""");

        Assert.Equal("user.one.renamed@example.com", (string?)result.Resource["userName"]);
        Assert.Equal("u-1001", (string?)result.Resource["id"]);
    }

    [Theory]
    [InlineData("\"False\"")] // E-21: without the flag
    [InlineData("\"false\"")] // E-21: the lower-case form
    [InlineData("false")] // E-22: with the flag
    public void Apply_E21E22_DisablesWithStringOrBoolean(string value)
    {
        var result = ApplyToUser(User(), $$"""[{"op":"Replace","path":"active","value":{{value}}}]""");

        Assert.False(result.Resource["active"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("\"True\"")]
    [InlineData("true")]
    public void Apply_E23_ReEnablesWithStringOrBoolean(string value)
    {
        var user = User();
        user["active"] = false;

        var result = ApplyToUser(user, $$"""[{"op":"Replace","path":"active","value":{{value}}}]""");

        Assert.True(result.Resource["active"]!.GetValue<bool>());
    }

    [Fact]
    public void Apply_E24_AddOnSingleValuedAttributeReplacesIt()
    {
        var user = User();
        user["nickName"] = "Old";

        var result = ApplyToUser(user, """[{"op":"Add","path":"nickName","value":"Nick"}]""");

        Assert.Equal("Nick", (string?)result.Resource["nickName"]);
    }

    [Fact]
    public void Apply_E25_SixReplacesWithExtensionUrnPath()
    {
        var result = ApplyToUser(User(), """
            [{"op":"Replace","path":"displayName","value":"Given2 Family2"},
             {"op":"Replace","path":"emails[type eq \"work\"].value","value":"new@example.com"},
             {"op":"Replace","path":"name.givenName","value":"Given2"},
             {"op":"Replace","path":"name.familyName","value":"Family2"},
             {"op":"Replace","path":"externalId","value":"ext-2"},
             {"op":"Replace",
              "path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
              "value":"E-1001"}]
            """);

        var user = result.Resource;
        Assert.Equal("Given2 Family2", (string?)user["displayName"]);
        Assert.Equal("new@example.com", (string?)Assert.Single(Array(user, "emails"))!["value"]);
        Assert.Equal("Given2", (string?)user["name"]!["givenName"]);
        Assert.Equal("Family2", (string?)user["name"]!["familyName"]);
        Assert.Equal("ext-2", (string?)user["externalId"]);
        Assert.Equal("E-1001", (string?)EnterpriseOf(user)["employeeNumber"]);
        Assert.Contains(Enterprise, Array(user, "schemas").Select(schema => (string?)schema));
    }

    [Fact]
    public void Apply_E26_PathlessDottedAndUrnKeysLandInPlace()
    {
        // B-09, B-11: compatibility rule "pathless keys are paths".
        var result = ApplyToUser(User(), """
            [{"op":"replace","path":"emails[type eq \"work\"].value","value":"user.one.new@example.com"},
             {"op":"replace","value":{
                "displayName":"Given Family",
                "name.givenName":"Given2",
                "name.familyName":"Family2",
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber":"E-1001"}}]
            """);

        var user = result.Resource;
        Assert.Equal("Given2", (string?)user["name"]!["givenName"]);
        Assert.Equal("Family2", (string?)user["name"]!["familyName"]);
        Assert.Equal("Given Family", (string?)user["displayName"]);
        Assert.Equal("E-1001", (string?)EnterpriseOf(user)["employeeNumber"]);
        Assert.False(user.ContainsKey("name.givenName"));
        Assert.False(user.ContainsKey("name.familyName"));
        Assert.False(user.ContainsKey(Enterprise + ":employeeNumber"));
    }

    [Fact]
    public void Apply_E26_PathlessExtensionObjectMerges()
    {
        var user = User();
        user[Enterprise] = JsonOf("""{"department":"Retail"}""");

        var result = ApplyToUser(
            user, """[{"op":"replace","value":{"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":"""
                + """{"employeeNumber":"E-1"}}}]""");

        Assert.Equal("Retail", (string?)EnterpriseOf(result.Resource)["department"]);
        Assert.Equal("E-1", (string?)EnterpriseOf(result.Resource)["employeeNumber"]);
    }

    [Fact]
    public void Apply_E27_MixedShapeCreatesAddressAndExtension()
    {
        // B-15
        var result = ApplyToUser(User(), """
            [{"op":"Replace","path":"emails[type eq \"work\"].value","value":"user.one@example.com"},
             {"op":"Replace","path":"addresses[type eq \"work\"].formatted","value":"Bldg 1/101"},
             {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Retail"}]
            """);

        var address = Assert.Single(Array(result.Resource, "addresses"))!;
        Assert.True(JsonNode.DeepEquals(JsonOf("""{"type":"work","formatted":"Bldg 1/101"}"""), address));
        Assert.Equal("Retail", (string?)EnterpriseOf(result.Resource)["department"]);
    }

    [Fact]
    public void Apply_E28_FiveAddressFieldsBuildOneAddress()
    {
        var result = ApplyToUser(User(), """
            [{"op":"Add","path":"addresses[type eq \"work\"].streetAddress","value":"1 Main St"},
             {"op":"Add","path":"addresses[type eq \"work\"].locality","value":"Town"},
             {"op":"Add","path":"addresses[type eq \"work\"].region","value":"WA"},
             {"op":"Add","path":"addresses[type eq \"work\"].postalCode","value":"98000"},
             {"op":"Add","path":"addresses[type eq \"work\"].Country","value":"US"}]
            """);

        var address = Assert.Single(Array(result.Resource, "addresses"))!;
        var expected = JsonOf("""
            {"type":"work","streetAddress":"1 Main St","locality":"Town","region":"WA","postalCode":"98000","country":"US"}
            """);
        Assert.True(JsonNode.DeepEquals(expected, address), address.ToJsonString());
    }

    [Fact]
    public void Apply_E29_PhoneByTypeCreatedThenUpdatedAndStoredAsSent()
    {
        var first = ApplyToUser(User(), """
            [{"op":"Add","path":"phoneNumbers[type eq \"mobile\"].value","value":"555-555-0101"}]
            """);

        var second = ApplyToUser(first.Resource, """
            [{"op":"Add","path":"phoneNumbers[type eq \"mobile\"].value","value":"55555555555"},
             {"op":"Add","path":"emails[type eq \"other\"].Value","value":"alias@example.com"}]
            """);

        var phone = Assert.Single(Array(second.Resource, "phoneNumbers"))!;
        Assert.Equal("55555555555", (string?)phone["value"]);
        Assert.Equal(2, Array(second.Resource, "emails").Count);
    }

    [Fact]
    public void Apply_E30_ManagerAsArraySetsObject()
    {
        var result = ApplyToUser(User(), """
            [{"op":"Add","path":"manager","value":[{"$ref":"https://scim.example.com/scim/v2/Users/u-1002","value":"u-1002"}]}]
            """);

        var manager = EnterpriseOf(result.Resource)["manager"]!.AsObject();
        Assert.Equal("u-1002", (string?)manager["value"]);
        Assert.Equal("https://scim.example.com/scim/v2/Users/u-1002", (string?)manager["$ref"]);
    }

    [Theory]
    [InlineData("\"u-1002\"")] // E-31, B-17: plain id
    [InlineData("{\"Value\":\"u-1002\"}")] // object with a capitalised key
    public void Apply_E31_ManagerAsPlainIdOrObjectStoresObject(string value)
    {
        var result = ApplyToUser(User(), $$"""
            [{"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":{{value}}}]
            """);

        Assert.True(JsonNode.DeepEquals(JsonOf("""{"value":"u-1002"}"""), EnterpriseOf(result.Resource)["manager"]));
    }

    [Fact]
    public void Apply_E31_ReplacingManagerDropsPreviousManagersDetails()
    {
        var user = User();
        user[Enterprise] = JsonOf("""{"manager":{"value":"u-1002","displayName":"Old Boss"}}""");

        var result = ApplyToUser(user, """[{"op":"Replace","path":"manager","value":"u-1003"}]""");

        Assert.True(JsonNode.DeepEquals(JsonOf("""{"value":"u-1003"}"""), EnterpriseOf(result.Resource)["manager"]));
    }

    [Theory]
    [InlineData("""{"op":"Remove","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"}""")]
    [InlineData("""{"op":"remove","path":"manager[value eq \"u-1002\"]"}""")]
    [InlineData("""{"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":""}""")]
    [InlineData("""{"op":"Remove","path":"manager","value":"u-1002"}""")]
    public void Apply_E32_ClearsManagerInEveryShape(string operation)
    {
        var user = User();
        user[Enterprise] = JsonOf("""{"department":"Retail","manager":{"value":"u-1002"}}""");

        var result = ApplyToUser(user, $"[{operation}]");

        Assert.False(EnterpriseOf(result.Resource).ContainsKey("manager"));
        Assert.Equal("Retail", (string?)EnterpriseOf(result.Resource)["department"]);
    }

    [Fact]
    public void Apply_E32_FilterNamingAnotherManagerIsNoOp()
    {
        var user = User();
        user[Enterprise] = JsonOf("""{"manager":{"value":"u-1002"}}""");

        var result = ApplyToUser(user, """[{"op":"remove","path":"manager[value eq \"u-9999\"]"}]""");

        Assert.Equal("u-1002", (string?)EnterpriseOf(result.Resource)["manager"]!["value"]);
    }

    [Fact]
    public void Apply_E32_RemovingOnlyManagerDropsEmptyExtension()
    {
        var user = User();
        user[Enterprise] = JsonOf("""{"manager":{"value":"u-1002"}}""");
        user["schemas"]!.AsArray().Add(Enterprise);

        var result = ApplyToUser(user, """[{"op":"Remove","path":"manager"}]""");

        Assert.False(result.Resource.ContainsKey(Enterprise));
        Assert.DoesNotContain(Enterprise, Array(result.Resource, "schemas").Select(schema => (string?)schema));
    }

    [Fact]
    public void Apply_E33_RoleWithJsonInsideStringIsStoredVerbatim()
    {
        // Decision: the JSON-encoded role is kept as the string Entra sent; nothing parses it.
        var result = ApplyToUser(User(), """
            [{"op":"Add","path":"roles","value":[
              {"value":"{\"id\":\"00000000-0000-0000-0000-000000000021\",\"value\":\"Admin\",\"displayName\":\"Admin\"}"}]}]
            """);

        var role = Assert.Single(Array(result.Resource, "roles"))!;
        Assert.Equal(
            "{\"id\":\"00000000-0000-0000-0000-000000000021\",\"value\":\"Admin\",\"displayName\":\"Admin\"}",
            (string?)role["value"]);
    }

    [Fact]
    public void Apply_E34_ReplaceRolesReplacesWholeSet()
    {
        var user = User();
        user["roles"] = new JsonArray(JsonOf("""{"value":"Old"}"""), JsonOf("""{"value":"User"}"""));

        var result = ApplyToUser(user, """
            [{"op":"replace","path":"roles","value":[
              {"primary":false,"type":"WindowsAzureActiveDirectoryRole","display":"User","value":"User"},
              {"primary":"False","type":"WindowsAzureActiveDirectoryRole","display":"Test","value":"Test"}]}]
            """);

        var roles = Array(result.Resource, "roles");
        Assert.Equal(["User", "Test"], roles.Select(role => (string?)role!["value"]));
        Assert.False(roles[1]!["primary"]!.GetValue<bool>());
    }

    [Fact]
    public void Apply_V1_AddAttributesOnBareUserCreatesThem()
    {
        // V-1, B-13
        var result = ApplyToUser(BareUser(), """
            [{"op":"add","path":"emails[type eq \"work\"].value","value":"user.one@example.com"},
             {"op":"add","path":"name.givenName","value":"Given"},
             {"op":"add","path":"name.familyName","value":"Family"}]
            """);

        Assert.Equal("user.one@example.com", (string?)Assert.Single(Array(result.Resource, "emails"))!["value"]);
        Assert.True(JsonNode.DeepEquals(JsonOf("""{"givenName":"Given","familyName":"Family"}"""), result.Resource["name"]));
    }

    [Fact]
    public void Apply_V2_MixedEmailOpsKeepOneEntryPerType()
    {
        var result = ApplyToUser(User(), """
            [{"op":"add","path":"emails[type eq \"home\"].value","value":"home@example.com"},
             {"op":"replace","path":"emails[type eq \"home\"].display","value":"Home"},
             {"op":"add","path":"emails[type eq \"other\"].value","value":"other@example.com"},
             {"op":"replace","path":"emails[type eq \"other\"].primary","value":"False"},
             {"op":"replace","path":"emails[type eq \"work\"].value","value":"work2@example.com"},
             {"op":"replace","path":"emails[type eq \"work\"].primary","value":true}]
            """);

        var emails = Array(result.Resource, "emails");
        Assert.Equal(["work", "home", "other"], emails.Select(email => (string?)email!["type"]));
        Assert.Equal("Home", (string?)emails[1]!["display"]);
        Assert.False(emails[2]!["primary"]!.GetValue<bool>());
        Assert.Equal("work2@example.com", (string?)emails[0]!["value"]);
    }

    [Fact]
    public void Apply_B16_TypedEmailIsUpdatedInPlace()
    {
        var result = ApplyToUser(User(), """
            [{"op":"Replace","path":"emails[type eq \"work\"].value","value":"user.one@example.com"}]
            """);

        var email = Assert.Single(Array(result.Resource, "emails"))!;
        Assert.True(email["primary"]!.GetValue<bool>());
        Assert.Equal("user.one@example.com", (string?)email["value"]);
    }
}
