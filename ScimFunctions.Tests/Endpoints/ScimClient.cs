using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ScimFunctions.Tests.Endpoints;

/// <summary>Small helpers for sending SCIM JSON and reading answers in end-to-end tests.</summary>
public static class ScimClient
{
    public const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    public static StringContent Json(string json, string mediaType = "application/scim+json")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"{mediaType}; charset=utf-8");
        return content;
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, JsonNode body) =>
        client.PostAsync(path, Json(body.ToJsonString()));

    public static Task<HttpResponseMessage> PatchAsync(this HttpClient client, string path, params JsonNode[] operations)
    {
        var body = new JsonObject { ["schemas"] = new JsonArray(PatchOp), ["Operations"] = new JsonArray(operations) };
        return client.PatchAsync(path, Json(body.ToJsonString()));
    }

    public static async Task<JsonObject> BodyAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<string> CreateUserAsync(this HttpClient client, string userName, string? externalId = null)
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:User"),
            ["userName"] = userName,
            ["active"] = true,
        };
        if (externalId is not null)
        {
            body["externalId"] = externalId;
        }

        var response = await client.PostAsync("/scim/v2/Users", body);
        response.EnsureSuccessStatusCode();
        return (string)(await response.BodyAsync())["id"]!;
    }

    public static async Task<string> CreateGroupAsync(this HttpClient client, string displayName)
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"),
            ["displayName"] = displayName,
        };
        var response = await client.PostAsync("/scim/v2/Groups", body);
        response.EnsureSuccessStatusCode();
        return (string)(await response.BodyAsync())["id"]!;
    }

    public static JsonObject Op(string op, string? path, JsonNode? value = null)
    {
        var operation = new JsonObject { ["op"] = op };
        if (path is not null)
        {
            operation["path"] = path;
        }

        if (value is not null)
        {
            operation["value"] = value;
        }

        return operation;
    }

    public static JsonArray Members(params string[] ids) =>
        new([.. ids.Select(id => (JsonNode)new JsonObject { ["$ref"] = null, ["value"] = id })]);
}
