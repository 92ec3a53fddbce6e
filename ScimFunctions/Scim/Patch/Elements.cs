using System.Text.Json.Nodes;
using ScimFunctions.Scim.Filters;

namespace ScimFunctions.Scim.Patch;

/// <summary>The entries of a complex attribute that a PATCH path's value filter selects.</summary>
internal static class Elements
{
    /// <summary>
    /// Matching entries of a multi-valued attribute, or the single complex value (Entra's
    /// <c>manager[value eq "id"]</c>) when it matches.
    /// </summary>
    public static List<JsonObject> Matching(JsonNode? existing, PatchPath path)
    {
        var candidates = existing switch
        {
            JsonArray array => array.OfType<JsonObject>().ToList(),
            JsonObject single => [single],
            _ => [],
        };

        return candidates
            .Where(element => FilterEvaluator.MatchesElement(path.Filter!, element, path.Attribute.Attribute))
            .ToList();
    }

    public static void Replace(JsonObject container, string name, JsonObject element, JsonObject replacement)
    {
        var existing = JsonKeys.Get(container, name);
        if (existing is JsonArray array)
        {
            array[array.IndexOf(element)] = replacement.DeepClone();
        }
        else
        {
            JsonKeys.Set(container, name, replacement.DeepClone());
        }
    }

    /// <summary>Removes <paramref name="element"/>; the attribute goes once no entry is left.</summary>
    public static void Remove(JsonObject container, string name, JsonObject element)
    {
        var existing = JsonKeys.Get(container, name);
        if (existing is JsonArray array)
        {
            array.Remove(element);
        }

        if (existing is not JsonArray)
        {
            JsonKeys.Remove(container, name);
        }

        DropIfEmpty(container, name);
    }

    /// <summary>RFC 7644 §3.5.2.2: a multi-valued attribute left with no values is unassigned.</summary>
    public static void DropIfEmpty(JsonObject container, string name)
    {
        if (JsonKeys.Get(container, name) is JsonArray { Count: 0 })
        {
            JsonKeys.Remove(container, name);
        }
    }
}
