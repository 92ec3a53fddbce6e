using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Patch.Compatibility;

/// <summary>
/// Compatibility rule "manager as id, object or array": RFC 7643 §4.3 makes the enterprise
/// <c>manager</c> a complex attribute, but Entra sets it as a plain id (<c>"u-1002"</c>),
/// Microsoft's tutorial as a one-element array (<c>[{"value":"u-1002"}]</c>), and the SCIM
/// Validator clears it with <c>replace</c> and <c>""</c>. Every form is stored as the object
/// <c>{"value":"u-1002", ...}</c>, replacing the whole manager (a merge would keep the previous
/// manager's <c>$ref</c> and <c>displayName</c>); an empty id removes it. A remove with a value
/// removes the manager only if it is the one named.
/// </summary>
internal static class ManagerValueCompatibility
{
    private static readonly AttributeDefinition? Definition = ScimSchemas.EnterpriseUser.FindAttribute("manager");

    public static bool Applies(ResolvedPath attribute) =>
        attribute.Attribute is not null
        && attribute.Path is { SubAttribute: null, Attribute: "manager" }
        && ScimSchemas.EnterpriseUserUrn.Equals(attribute.Path.SchemaUrn, StringComparison.OrdinalIgnoreCase);

    public static void Write(JsonObject container, string name, JsonNode? value)
    {
        var manager = ToObject(value);
        if (manager is null)
        {
            JsonKeys.Remove(container, name);
            return;
        }

        JsonKeys.Set(container, name, manager);
    }

    public static void RemoveIfSame(JsonObject container, string name, JsonNode value)
    {
        var current = JsonKeys.Get(container, name) as JsonObject;
        var named = ToObject(value);
        if (current is null || named is null || Id(current) == Id(named))
        {
            JsonKeys.Remove(container, name);
        }
    }

    private static JsonObject? ToObject(JsonNode? value)
    {
        var manager = value switch
        {
            null => null,
            JsonArray { Count: 0 } => null,
            JsonArray { Count: 1 } one => ToObject(one[0]),
            JsonArray => throw ScimErrors.InvalidValue("'manager' takes a single value."),
            JsonObject json => PatchValues.Prepare(json, Definition) as JsonObject,
            JsonValue scalar when scalar.TryGetValue<string>(out var id) => new JsonObject { ["value"] = id },
            _ => throw ScimErrors.InvalidValue("'manager' must be the manager's id or an object with a value."),
        };

        return manager is null || string.IsNullOrWhiteSpace(Id(manager)) ? null : manager;
    }

    private static string? Id(JsonObject manager) =>
        JsonKeys.Get(manager, "value") is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;
}
