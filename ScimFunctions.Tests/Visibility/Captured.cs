using System.Text;
using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Visibility.RequestLog;

namespace ScimFunctions.Tests.Visibility;

/// <summary>Builds captured requests for the log and activity tests.</summary>
internal static class Captured
{
    public static readonly DateTimeOffset Noon = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

    public static CapturedRequest Request(
        string method,
        string path,
        int status,
        string query = "",
        string? requestBody = null,
        string? responseBody = null,
        DateTimeOffset? time = null,
        string? resourceName = null,
        params ResourceChange[] changes) =>
        new(
            time ?? Noon,
            method,
            path,
            query,
            new Dictionary<string, string> { ["Authorization"] = "Bearer test-scim-token" },
            Encoding.UTF8.GetBytes(requestBody ?? string.Empty),
            status,
            new Dictionary<string, string> { ["Content-Type"] = "application/scim+json" },
            Encoding.UTF8.GetBytes(responseBody ?? string.Empty),
            3.5,
            "10.0.0.1",
            changes.FirstOrDefault()?.Id,
            resourceName,
            changes);

    public static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();

    public static string EmptyList =>
        """{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"Resources":[]}""";
}
