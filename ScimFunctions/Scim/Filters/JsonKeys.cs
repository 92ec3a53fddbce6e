using System.Text.Json.Nodes;

namespace ScimFunctions.Scim.Filters;

/// <summary>
/// Attribute names are case-insensitive (RFC 7643 §2.1), so lookups in a resource's JSON try
/// the exact spelling first and then any other letter case.
/// </summary>
public static class JsonKeys
{
    /// <summary>The key of <paramref name="json"/> that spells <paramref name="name"/> in any case.</summary>
    public static string? Find(JsonObject json, string name)
    {
        if (json.ContainsKey(name))
        {
            return name;
        }

        return json.Select(pair => pair.Key)
            .FirstOrDefault(key => key.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    public static JsonNode? Get(JsonObject json, string name) =>
        Find(json, name) is { } key ? json[key] : null;

    /// <summary>Sets <paramref name="name"/> in its canonical spelling, dropping other spellings.</summary>
    public static void Set(JsonObject json, string name, JsonNode? value)
    {
        Remove(json, name);
        json[name] = value;
    }

    /// <summary>Removes every spelling of <paramref name="name"/>; true if one was there.</summary>
    public static bool Remove(JsonObject json, string name)
    {
        var removed = false;
        while (Find(json, name) is { } key)
        {
            json.Remove(key);
            removed = true;
        }

        return removed;
    }
}
