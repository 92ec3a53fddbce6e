using ScimFunctions.Scim.Errors;
using static ScimFunctions.Tests.Scim.Resources.NormalizerTestData;

namespace ScimFunctions.Tests.Scim.Resources;

/// <summary>
/// Each named compatibility rule has its own tests, so that a stricter change cannot break Entra
/// without a test failing.
/// </summary>
public sealed class CompatibilityRuleTests
{
    [Theory]
    [InlineData("True", true)]
    [InlineData("False", false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("TRUE", true)]
    public void StringBooleans_ActiveAsString_IsStoredAsBoolean(string sent, bool stored)
    {
        // E-18 / B-08: Entra has sent "active": "True"; the reference collection posts it too.

        var result = User($$$"""{"userName":"user.two@example.com","active":"{{{sent}}}"}""");

        Assert.Equal(stored, (bool)result.Data["active"]!);
    }

    [Fact]
    public void StringBooleans_PrimaryAsString_IsStoredAsBoolean()
    {
        // E-21: the string form reaches every boolean, sub-attributes included.

        var result = User("""{"userName":"u","emails":[{"value":"a@example.com","primary":"False"}]}""");

        Assert.Equal(Compact("""[{"value":"a@example.com","primary":false}]"""), result.Data["emails"]!.ToJsonString());
    }

    [Fact]
    public void StringBooleans_OtherString_IsStillInvalid()
    {
        var error = Assert.Throws<ScimException>(() => User("""{"userName":"u","active":"yes"}"""));

        Assert.Equal(ScimType.InvalidValue, error.ScimType);
    }

    [Theory]
    [InlineData("\"u-1002\"")] // E-31: a bare id
    [InlineData("{\"value\":\"u-1002\"}")] // RFC 7643 §4.3 object form
    [InlineData("[{\"value\":\"u-1002\"}]")] // E-30: D1 Example 5's one-element array
    [InlineData("[\"u-1002\"]")]
    public void ManagerReference_AnyShape_IsStoredAsObject(string manager)
    {
        // B-17 / B-19: always stored, and so returned, as {"value": ...}.

        var result = User($$$"""{"userName":"u","{{{Enterprise}}}":{"manager":{{{manager}}}}}""");

        Assert.Equal(Compact("""{"manager":{"value":"u-1002"}}"""), result.Data[Enterprise]!.ToJsonString());
    }

    [Fact]
    public void ManagerReference_ObjectWithRefAndDisplayName_KeepsBoth()
    {
        // E-30: $ref and displayName are kept when given.
        var body = $$$"""
            {"userName":"u","{{{Enterprise}}}:manager":[{"$ref":"https://scim.example.com/scim/v2/Users/u-1002",
             "value":"u-1002","displayName":"Manager Name"}]}
            """;

        var result = User(body);

        Assert.Equal(Compact("""
            {"manager":{"$ref":"https://scim.example.com/scim/v2/Users/u-1002","value":"u-1002",
             "displayName":"Manager Name"}}
            """), result.Data[Enterprise]!.ToJsonString());
    }

    [Theory]
    [InlineData("\"\"")] // the validator's "Remove Manager" sends value ""
    [InlineData("{\"value\":\"\"}")]
    [InlineData("[]")]
    [InlineData("null")]
    public void ManagerReference_EmptyValue_MeansNoManager(string manager)
    {
        var result = User($$$"""{"userName":"u","{{{Enterprise}}}":{"department":"Retail","manager":{{{manager}}}}}""");

        Assert.Equal(Compact("""{"department":"Retail"}"""), result.Data[Enterprise]!.ToJsonString());
    }

    [Theory]
    [InlineData("[\"u-1002\",\"u-1003\"]")]
    [InlineData("42")]
    public void ManagerReference_SeveralOrNumber_IsInvalidValue(string manager)
    {
        var body = $$$"""{"userName":"u","{{{Enterprise}}}":{"manager":{{{manager}}}}}""";

        var error = Assert.Throws<ScimException>(() => User(body));

        Assert.Equal(ScimType.InvalidValue, error.ScimType);
        Assert.Contains(":manager'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoleDisplayName_DisplayAndDisplayName_BothStoredAsDisplay()
    {
        // E-16: AppRoleAssignmentsComplex sends displayName, the Assertive mapping sends display.
        const string body = """
            {"userName":"u","roles":[
             {"primary":false,"type":"WindowsAzureActiveDirectoryRole","displayName":"Admin","value":"Admin"},
             {"primary":false,"type":"WindowsAzureActiveDirectoryRole","display":"User","value":"User"}]}
            """;

        var result = User(body);

        Assert.Equal(Compact("""
            [{"primary":false,"type":"WindowsAzureActiveDirectoryRole","display":"Admin","value":"Admin"},
             {"primary":false,"type":"WindowsAzureActiveDirectoryRole","display":"User","value":"User"}]
            """), result.Data["roles"]!.ToJsonString());
    }

    [Fact]
    public void RoleDisplayName_BothSent_DisplayWins()
    {
        var result = User("""{"userName":"u","roles":[{"displayName":"Alias","display":"Real","value":"r"}]}""");

        Assert.Equal(Compact("""[{"display":"Real","value":"r"}]"""), result.Data["roles"]!.ToJsonString());
    }

    [Fact]
    public void RoleDisplayName_OnEmails_IsNotAnAlias()
    {
        var result = User("""{"userName":"u","emails":[{"displayName":"Work","value":"a@example.com"}]}""");

        Assert.Equal(Compact("""[{"value":"a@example.com"}]"""), result.Data["emails"]!.ToJsonString());
    }
}
