using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimFunctions.Scim.Resources.Compatibility;

/// <summary>
/// Compatibility rule: booleans sent as strings. Entra has sent <c>"active": "True"</c> and
/// <c>"primary": "False"</c>, and Microsoft said it cannot change that without breaking existing
/// integrations, so "true" and "false" in any letter case are read as JSON booleans wherever the
/// schema says boolean. Any other string stays an error.
/// </summary>
internal static class StringBooleans
{
    public static bool TryRead(JsonValue value, out bool result)
    {
        result = false;
        if (value.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }

        var text = value.GetValue<string>();
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            result = true;
            return true;
        }

        return text.Equals("false", StringComparison.OrdinalIgnoreCase);
    }
}
