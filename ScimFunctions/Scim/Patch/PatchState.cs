using System.Text.Json.Nodes;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Patch;

/// <summary>The working copy a PATCH changes, and what it collects besides the JSON.</summary>
internal sealed class PatchState(JsonObject resource, ResourceTypeDefinition resourceType)
{
    public JsonObject Resource { get; } = resource;

    public ResourceTypeDefinition ResourceType { get; } = resourceType;

    public MemberChanges Members { get; } = new();

    public string? NewPassword { get; set; }

    /// <summary>
    /// The object holding the attributes of <paramref name="urn"/>: the resource itself for the
    /// core schema, else the extension object, created (and listed in <c>schemas</c>) on demand.
    /// </summary>
    public JsonObject? Container(string? urn, bool create)
    {
        if (urn is null)
        {
            return Resource;
        }

        if (JsonKeys.Get(Resource, urn) is JsonObject extension)
        {
            return extension;
        }

        if (!create)
        {
            return null;
        }

        extension = [];
        JsonKeys.Set(Resource, urn, extension);
        if (JsonKeys.Get(Resource, "schemas") is JsonArray schemas && !schemas.Any(schema => IsUrn(schema, urn)))
        {
            schemas.Add(urn);
        }

        return extension;
    }

    /// <summary>Drops an extension object the PATCH has emptied, and its URN from <c>schemas</c>.</summary>
    public void DropIfEmpty(string? urn)
    {
        if (urn is null || JsonKeys.Get(Resource, urn) is not JsonObject { Count: 0 })
        {
            return;
        }

        JsonKeys.Remove(Resource, urn);
        if (JsonKeys.Get(Resource, "schemas") is JsonArray schemas)
        {
            foreach (var schema in schemas.Where(schema => IsUrn(schema, urn)).ToList())
            {
                schemas.Remove(schema);
            }
        }
    }

    private static bool IsUrn(JsonNode? schema, string urn) =>
        schema is JsonValue value && value.TryGetValue<string>(out var text)
        && text.Equals(urn, StringComparison.OrdinalIgnoreCase);
}
