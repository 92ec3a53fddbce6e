using System.Text.Json.Nodes;

namespace ScimFunctions.Scim.Schema;

/// <summary>The <c>/ResourceTypes</c> representation (RFC 7643 §6) of the resource types served.</summary>
public static class ResourceTypeDocuments
{
    public const string ResourceTypeUrn = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";

    /// <param name="resourceType">The resource type to describe.</param>
    /// <param name="scimBaseUrl">The absolute SCIM base, such as <c>https://host/scim/v2</c>.</param>
    public static JsonObject ResourceType(ResourceTypeDefinition resourceType, string scimBaseUrl)
    {
        var result = new JsonObject
        {
            ["schemas"] = new JsonArray(ResourceTypeUrn),
            ["id"] = resourceType.Name,
            ["name"] = resourceType.Name,
            ["endpoint"] = resourceType.Endpoint,
            ["description"] = resourceType.Description,
            ["schema"] = resourceType.Schema.Id,
        };
        if (resourceType.Extensions.Count > 0)
        {
            // Extensions are optional: Entra creates users without any enterprise attribute.
            var extensions = resourceType.Extensions
                .Select(extension => (JsonNode)new JsonObject { ["schema"] = extension.Id, ["required"] = false });
            result["schemaExtensions"] = new JsonArray([.. extensions]);
        }

        result["meta"] = SchemaDocuments.Meta("ResourceType", $"{scimBaseUrl}/ResourceTypes/{resourceType.Name}");
        return result;
    }
}
