using System.Text.Json.Nodes;
using ScimFunctions.Hosting;

namespace ScimFunctions.Scim.Json;

/// <summary>Writes SCIM JSON responses, always as <see cref="ScimJson.ContentType"/>.</summary>
public static class ScimResponses
{
    /// <summary>A response with <paramref name="body"/> serialised as <c>application/scim+json</c>.</summary>
    public static AppResponse Json(int status, JsonNode body) =>
        new(status, ScimJson.Serialize(body), ScimJson.ContentType);

    /// <summary>
    /// A 200 ListResponse (RFC 7644 §3.4.2): <paramref name="totalResults"/> counts every match,
    /// <c>itemsPerPage</c> is the number of resources on this page, <c>startIndex</c> is 1-based.
    /// </summary>
    public static AppResponse ListResponse(IEnumerable<JsonNode> resources, int totalResults, int startIndex = 1) =>
        Json(200, ListResponseBody(resources, totalResults, startIndex));

    /// <summary>The ListResponse body itself, for callers that need to inspect or log it.</summary>
    public static JsonObject ListResponseBody(IEnumerable<JsonNode> resources, int totalResults, int startIndex = 1)
    {
        var items = new JsonArray();
        foreach (var resource in resources)
        {
            items.Add(resource.Parent is null ? resource : resource.DeepClone());
        }

        return new JsonObject
        {
            ["schemas"] = new JsonArray(ScimJson.ListResponseSchema),
            ["totalResults"] = totalResults,
            ["itemsPerPage"] = items.Count,
            ["startIndex"] = startIndex,
            ["Resources"] = items,
        };
    }
}
