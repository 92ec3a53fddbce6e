using System.Net;
using System.Text.Json.Nodes;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Endpoints.Discovery;

public sealed class DiscoveryEndpointsTests : IDisposable
{
    private const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private readonly ScimToolFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ServiceProviderConfig_Get_TellsWhatIsSupported()
    {
        // E-05 / B-35: patch must be advertised; bulk and changePassword are not implemented.
        var client = _factory.CreateScimClient();

        var (status, body) = await GetAsync(client, "/scim/v2/ServiceProviderConfig");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Compact("""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
             "patch":{"supported":true},
             "bulk":{"supported":false,"maxOperations":0,"maxPayloadSize":0},
             "filter":{"supported":true,"maxResults":200},
             "changePassword":{"supported":false},
             "sort":{"supported":true},
             "etag":{"supported":true},
             "authenticationSchemes":[{"type":"oauthbearertoken","name":"OAuth Bearer Token",
               "description":"A bearer token in the Authorization header: the secret token set in Entra.",
               "specUri":"https://www.rfc-editor.org/info/rfc6750","primary":true}],
             "meta":{"resourceType":"ServiceProviderConfig",
               "location":"http://localhost/scim/v2/ServiceProviderConfig"}}
            """), body.ToJsonString());
    }

    [Fact]
    public async Task ResourceTypes_Get_ListsUserBeforeGroup()
    {
        var client = _factory.CreateScimClient();

        var (status, body) = await GetAsync(client, "/scim/v2/ResourceTypes");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Compact($$$"""
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
             "totalResults":2,"itemsPerPage":2,"startIndex":1,"Resources":[
              {"schemas":["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],"id":"User","name":"User",
               "endpoint":"/Users","description":"User Account","schema":"urn:ietf:params:scim:schemas:core:2.0:User",
               "schemaExtensions":[{"schema":"{{{Enterprise}}}","required":false}],
               "meta":{"resourceType":"ResourceType","location":"http://localhost/scim/v2/ResourceTypes/User"}},
              {"schemas":["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],"id":"Group","name":"Group",
               "endpoint":"/Groups","description":"Group","schema":"urn:ietf:params:scim:schemas:core:2.0:Group",
               "meta":{"resourceType":"ResourceType","location":"http://localhost/scim/v2/ResourceTypes/Group"} } ]}
            """), body.ToJsonString());
    }

    [Fact]
    public async Task ResourceTypeById_Group_ReturnsTheListItem()
    {
        var client = _factory.CreateScimClient();
        var (_, list) = await GetAsync(client, "/scim/v2/ResourceTypes");

        var (status, body) = await GetAsync(client, "/scim/v2/resourcetypes/group");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(list["Resources"]![1]!.ToJsonString(), body.ToJsonString());
    }

    [Fact]
    public async Task Schemas_Get_IsAListOfTheThreeSchemasInDiscoveryForm()
    {
        // E-04: a ListResponse; each item a Schema with meta; camelCase values; no nulls.
        var client = _factory.CreateScimClient();

        var (status, body) = await GetAsync(client, "/scim/v2/Schemas");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, (int)body["totalResults"]!);
        Assert.Equal(3, (int)body["itemsPerPage"]!);
        Assert.Equal(1, (int)body["startIndex"]!);
        var resources = body["Resources"]!.AsArray();
        Assert.Equal(
            ["urn:ietf:params:scim:schemas:core:2.0:User", Enterprise, "urn:ietf:params:scim:schemas:core:2.0:Group"],
            resources.Select(r => (string?)r!["id"]));
        foreach (var schema in resources)
        {
            Assert.Equal("urn:ietf:params:scim:schemas:core:2.0:Schema", (string?)schema!["schemas"]![0]);
            Assert.Equal("Schema", (string?)schema["meta"]!["resourceType"]);
            Assert.Equal($"http://localhost/scim/v2/Schemas/{schema["id"]}", (string?)schema["meta"]!["location"]);
        }

        Assert.DoesNotContain("null", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("\"User Account\"", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schemas_LowerCaseRoute_AnswersTheSame()
    {
        var client = _factory.CreateScimClient();
        var (_, expected) = await GetAsync(client, "/scim/v2/Schemas");

        var (status, body) = await GetAsync(client, "/scim/v2/schemas");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected.ToJsonString(), body.ToJsonString());
    }

    [Fact]
    public async Task SchemaById_Enterprise_ReturnsItsWholeDocument()
    {
        var client = _factory.CreateScimClient();

        var (status, body) = await GetAsync(client, $"/scim/v2/Schemas/{Enterprise}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Compact(EnterpriseSchemaJson), body.ToJsonString());
    }

    [Fact]
    public async Task SchemaById_Unknown_IsNotFoundScimError()
    {
        var client = _factory.CreateScimClient();

        var (status, body) = await GetAsync(client, "/scim/v2/Schemas/urn:example:unknown:2.0:Thing");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("404", (string?)body["status"]);
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", (string?)body["schemas"]![0]);
    }

    [Fact]
    public async Task ResourceTypeById_Unknown_IsNotFoundScimError()
    {
        var client = _factory.CreateScimClient();

        var (status, body) = await GetAsync(client, "/scim/v2/ResourceTypes/Device");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("404", (string?)body["status"]);
    }

    [Fact]
    public async Task Schemas_BehindProxy_LocationUsesForwardedHost()
    {
        var client = _factory.CreateScimClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", "scim.example.com");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var (_, body) = await GetAsync(client, "/scim/v2/ResourceTypes/User");

        Assert.Equal("https://scim.example.com/scim/v2/ResourceTypes/User", (string?)body["meta"]!["location"]);
    }

    [Fact]
    public async Task Schemas_WithoutToken_IsUnauthorized()
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync("/scim/v2/Schemas");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, body);
    }

    private static string Compact(string json) => JsonNode.Parse(json)!.ToJsonString();

    private const string EnterpriseSchemaJson = $$$"""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Schema"],"id":"{{{Enterprise}}}",
         "name":"EnterpriseUser","description":"Enterprise User","attributes":[
          {"name":"employeeNumber","type":"string","multiValued":false,
           "description":"Numeric or alphanumeric identifier assigned to a person.","required":false,
           "caseExact":false,"mutability":"readWrite","returned":"default","uniqueness":"none"},
          {"name":"costCenter","type":"string","multiValued":false,
           "description":"Identifies the name of a cost center.",
           "required":false,"caseExact":false,"mutability":"readWrite","returned":"default","uniqueness":"none"},
          {"name":"organization","type":"string","multiValued":false,
           "description":"Identifies the name of an organization.",
           "required":false,"caseExact":false,"mutability":"readWrite","returned":"default","uniqueness":"none"},
          {"name":"division","type":"string","multiValued":false,"description":"Identifies the name of a division.",
           "required":false,"caseExact":false,"mutability":"readWrite","returned":"default","uniqueness":"none"},
          {"name":"department","type":"string","multiValued":false,"description":"Identifies the name of a department.",
           "required":false,"caseExact":false,"mutability":"readWrite","returned":"default","uniqueness":"none"},
          {"name":"manager","type":"complex","multiValued":false,"description":"The user's manager.",
           "required":false,"caseExact":false,"mutability":"readWrite","returned":"default","uniqueness":"none",
           "subAttributes":[
            {"name":"value","type":"string","multiValued":false,"description":"The id of the manager's User resource.",
             "required":false,"caseExact":true,"mutability":"readWrite","returned":"default","uniqueness":"none"},
            {"name":"$ref","type":"reference","multiValued":false,
             "description":"The URI of the manager's User resource.","required":false,"caseExact":true,
             "mutability":"readWrite","returned":"default","uniqueness":"none","referenceTypes":["User"]},
            {"name":"displayName","type":"string","multiValued":false,"description":"The manager's display name.",
             "required":false,"caseExact":false,"mutability":"readOnly","returned":"default","uniqueness":"none"} ] } ],
         "meta":{"resourceType":"Schema","location":"http://localhost/scim/v2/Schemas/{{{Enterprise}}}"}}
        """;
}
