using System.Text.Json.Nodes;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Patch;

/// <summary>
/// Copies a PATCH value for storing: sub-attribute names in canonical spelling (so that later
/// operations and filters find them) and string booleans read as booleans. Everything else is
/// kept exactly as sent; the resource normalizer coerces other types afterwards.
/// </summary>
internal static class PatchValues
{
    public static JsonNode? Prepare(JsonNode? value, AttributeDefinition? definition)
    {
        if (definition is { MultiValued: true } && value is JsonArray array)
        {
            return new JsonArray(array.Select(item => PrepareOne(item, definition)).ToArray());
        }

        return PrepareOne(value, definition);
    }

    private static JsonNode? PrepareOne(JsonNode? value, AttributeDefinition? definition)
    {
        if (definition?.Type == AttributeType.Boolean)
        {
            return StringBooleanCompatibility.AsBoolean(value) ?? value?.DeepClone();
        }

        if (definition?.Type != AttributeType.Complex || value is not JsonObject json)
        {
            return value?.DeepClone();
        }

        var copy = new JsonObject();
        foreach (var (key, item) in json)
        {
            var sub = definition.FindSubAttribute(key);
            copy[sub?.Name ?? key] = sub is null ? item?.DeepClone() : PrepareOne(item, sub);
        }

        return copy;
    }
}
