using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimFunctions.Scim.Filters;

/// <summary>
/// Compatibility rule "string booleans": without the aadOptscim062020 flag Entra sends booleans
/// as the strings "True" and "False" (for example when it disables a user), and some tools send
/// "true". Both the PATCH engine and filter literals accept them for boolean attributes.
/// </summary>
public static class StringBooleanCompatibility
{
    /// <summary>The boolean <paramref name="value"/> stands for, or null if it is neither form.</summary>
    public static JsonValue? AsBoolean(JsonNode? value)
    {
        if (value is not JsonValue scalar)
        {
            return null;
        }

        if (scalar.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return JsonValue.Create(scalar.GetValueKind() == JsonValueKind.True);
        }

        if (scalar.TryGetValue<string>(out var text) && bool.TryParse(text.Trim(), out var parsed))
        {
            return JsonValue.Create(parsed);
        }

        return null;
    }
}
