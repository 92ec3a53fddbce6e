using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Json;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>Reads a request body that must be one JSON object.</summary>
public static class RequestBody
{
    public static JsonObject ReadObject(AppRequest request)
    {
        if (request.Body.Length == 0)
        {
            throw ScimErrors.BodyRequired();
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(request.Body, ScimJson.NodeOptions, ScimJson.DocumentOptions);
        }
        catch (JsonException)
        {
            throw ScimErrors.MalformedJson();
        }

        return node as JsonObject ?? throw ScimErrors.BodyNotObject();
    }
}
