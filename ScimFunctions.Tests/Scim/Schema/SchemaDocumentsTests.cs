using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Tests.Scim.Schema;

public sealed class SchemaDocumentsTests
{
    private const string BaseUrl = "https://scim.example.com/scim/v2";

    private static readonly string[] Characteristics =
        ["name", "type", "multiValued", "description", "required", "caseExact", "mutability", "returned", "uniqueness"];

    private static readonly string[] Types =
        ["string", "boolean", "decimal", "integer", "dateTime", "binary", "reference", "complex"];

    private static readonly string[] Mutabilities = ["readOnly", "readWrite", "immutable", "writeOnly"];

    private static readonly string[] ReturnedValues = ["always", "never", "default", "request"];

    private static readonly string[] Uniquenesses = ["none", "server", "global"];

    public static TheoryData<string> SchemaIds => [.. ScimSchemas.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(SchemaIds))]
    public void Schema_EveryAttribute_CarriesEveryCharacteristicInCamelCase(string id)
    {
        // E-04: Entra's schema discovery needs each characteristic, camelCase, never null.
        var schema = ScimSchemas.All.Single(s => s.Id == id);

        var document = SchemaDocuments.Schema(schema, BaseUrl);

        foreach (var attribute in AllAttributes(document["attributes"]!.AsArray()))
        {
            Assert.All(Characteristics, name => Assert.NotNull(attribute[name]));
            Assert.Contains((string?)attribute["type"], Types);
            Assert.Contains((string?)attribute["mutability"], Mutabilities);
            Assert.Contains((string?)attribute["returned"], ReturnedValues);
            Assert.Contains((string?)attribute["uniqueness"], Uniquenesses);
            Assert.DoesNotContain(attribute, p => p.Value is null);
        }
    }

    [Fact]
    public void Schema_User_DescribesUserNameAndPasswordAsRfc7643Does()
    {

        var attributes = SchemaDocuments.Schema(ScimSchemas.User, BaseUrl)["attributes"]!.AsArray();

        var userName = attributes.Single(a => (string?)a!["name"] == "userName")!;
        Assert.True((bool)userName["required"]!);
        Assert.False((bool)userName["caseExact"]!);
        Assert.Equal("server", (string?)userName["uniqueness"]);
        var password = attributes.Single(a => (string?)a!["name"] == "password")!;
        Assert.Equal("writeOnly", (string?)password["mutability"]);
        Assert.Equal("never", (string?)password["returned"]);
    }

    [Theory]
    [InlineData("photos", "reference")]
    [InlineData("x509Certificates", "binary")]
    [InlineData("emails", "string")]
    public void UserSchema_ValueSubAttribute_HasTheRfcType(string attribute, string type)
    {
        // RFC 7643 §8.7.1: photos hold URLs, certificates hold base64 DER.

        var value = ScimSchemas.User.FindAttribute(attribute)!.FindSubAttribute("value")!;

        Assert.Equal(type, JsonNamingPolicy.CamelCase.ConvertName(value.Type.ToString()));
    }

    [Fact]
    public void Schema_CanonicalValuesAndReferenceTypes_AppearOnlyWhereSet()
    {

        var attributes = SchemaDocuments.Schema(ScimSchemas.Group, BaseUrl)["attributes"]!.AsArray();

        var members = attributes.Single(a => (string?)a!["name"] == "members")!["subAttributes"]!.AsArray();
        var type = members.Single(a => (string?)a!["name"] == "type")!;
        var reference = members.Single(a => (string?)a!["name"] == "$ref")!;
        Assert.Equal("""["User","Group"]""", type["canonicalValues"]!.ToJsonString());
        Assert.Null(type["referenceTypes"]);
        Assert.Equal("""["User","Group"]""", reference["referenceTypes"]!.ToJsonString());
        Assert.Null(reference["canonicalValues"]);
    }

    private static IEnumerable<JsonObject> AllAttributes(JsonArray attributes) =>
        attributes.Select(a => a!.AsObject())
            .SelectMany(a => a["subAttributes"] is JsonArray subs ? [a, .. AllAttributes(subs)] : new[] { a });
}
