using System.Text.Json.Nodes;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Patch.Compatibility;

/// <summary>
/// Compatibility rule "remove with a value list removes only those values": without the
/// aadOptscim062020 flag Entra removes a group member with
/// <c>{"op":"Remove","path":"members","value":[{"value":"u-1001"}]}</c>. Read literally,
/// RFC 7644 §3.5.2.2 would clear the whole attribute; Entra means the listed entries, and so
/// does this service, for members and for every other multi-valued attribute. Entries are
/// matched on their <c>value</c> sub-attribute when the listed item has one, else as a whole.
/// </summary>
internal static class RemoveByValueCompatibility
{
    public static void RemoveListed(JsonArray array, JsonNode value, AttributeDefinition? definition)
    {
        var listed = value as JsonArray ?? [value.DeepClone()];
        var comparison = definition?.FindSubAttribute("value")?.CaseExact == true
            ? StringComparison.Ordinal
            : StringComparison.OrdinalIgnoreCase;
        foreach (var element in array.ToList())
        {
            if (listed.Any(item => Same(element, item, comparison)))
            {
                array.Remove(element);
            }
        }
    }

    /// <summary>The ids listed in a members value (string values only).</summary>
    public static string? ValueOf(JsonNode? item) =>
        item is JsonObject json
        && JsonKeys.Get(json, "value") is JsonValue value
        && value.TryGetValue<string>(out var id)
            ? id
            : null;

    private static bool Same(JsonNode? element, JsonNode? item, StringComparison comparison)
    {
        var wanted = ValueOf(item);
        return wanted is null
            ? JsonNode.DeepEquals(element, item)
            : string.Equals(ValueOf(element), wanted, comparison);
    }
}
