using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Resources.Compatibility;

/// <summary>
/// Compatibility rule: the enterprise <c>manager</c> in every shape Entra and its validator send.
/// RFC 7643 §4.3 makes it complex (<c>value</c>, <c>$ref</c>, <c>displayName</c>), but Entra sends
/// a bare id (<c>"manager": "u-1002"</c>), the docs show a one-element array
/// (<c>[{"value": "u-1002"}]</c>), and the validator clears it with an empty string. All are
/// reshaped into the object form, which is the only form ever stored or returned: a plain string
/// in a response breaks Entra's deserialiser.
/// </summary>
internal static class ManagerReference
{
    private static readonly AttributeDefinition Manager =
        ScimSchemas.EnterpriseUser.FindAttribute("manager")!;

    public static bool AppliesTo(AttributeDefinition attribute) => ReferenceEquals(attribute, Manager);

    /// <summary>Returns the object form, or null when the value means "no manager".</summary>
    public static JsonNode? Reshape(JsonNode? value, string path)
    {
        switch (value)
        {
            case JsonArray { Count: 0 }:
                return null;
            case JsonArray { Count: 1 } single:
                return Reshape(single[0], path);
            case JsonArray:
                throw ScimErrors.WrongValueType(path, "a single manager");
            case JsonValue text when text.GetValueKind() == JsonValueKind.String:
                var id = text.GetValue<string>();
                return string.IsNullOrWhiteSpace(id) ? null : new JsonObject { ["value"] = id };
            case JsonObject manager when IsEmptyValue(manager):
                return null;
            default:
                return value;
        }
    }

    // {"value": ""} is how a cleared manager looks after a PATCH that replaced only its value.
    private static bool IsEmptyValue(JsonObject manager)
    {
        var value = manager
            .LastOrDefault(p => p.Key.Equals("value", StringComparison.OrdinalIgnoreCase))
            .Value;
        return value is JsonValue text
            && text.GetValueKind() == JsonValueKind.String
            && string.IsNullOrWhiteSpace(text.GetValue<string>());
    }
}
