using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Resources.Compatibility;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Resources;

/// <summary>
/// Normalises one attribute's value against its definition: sub-attribute names in canonical
/// spelling, unknown sub-attributes dropped, values checked against the schema type and
/// otherwise kept exactly as sent. A null, an empty list or an empty object is "no value"
/// (RFC 7643 §2.5) and comes back as null.
/// </summary>
internal static class AttributeNormalizer
{
    /// <summary>
    /// Returns the canonical value, or null for no value. <paramref name="path"/> names the
    /// attribute in error messages, such as <c>emails.primary</c>.
    /// </summary>
    public static JsonNode? Normalize(JsonNode? value, AttributeDefinition attribute, string path)
    {
        if (ManagerReference.AppliesTo(attribute))
        {
            value = ManagerReference.Reshape(value, path);
        }

        if (value is null)
        {
            return null;
        }

        return attribute.MultiValued ? MultiValued(value, attribute, path) : SingleValue(value, attribute, path);
    }

    private static JsonArray? MultiValued(JsonNode value, AttributeDefinition attribute, string path)
    {
        // A single entry where a list is expected is read as a list of one.
        var entries = value is JsonArray array ? array : new JsonArray(value.DeepClone());
        var result = new JsonArray();
        foreach (var entry in entries)
        {
            var normalized = entry is null ? null : SingleValue(entry, attribute, path);
            if (normalized is not null)
            {
                result.Add(normalized);
            }
        }

        return result.Count == 0 ? null : result;
    }

    private static JsonNode? SingleValue(JsonNode value, AttributeDefinition attribute, string path)
    {
        if (attribute.Type == AttributeType.Complex)
        {
            return value is JsonObject complex
                ? Complex(complex, attribute, path)
                : throw ScimErrors.WrongValueType(path, "an object");
        }

        if (value is not JsonValue scalar)
        {
            throw ScimErrors.WrongValueType(path, Expected(attribute.Type));
        }

        return Scalar(scalar, attribute, path);
    }

    private static JsonObject? Complex(JsonObject value, AttributeDefinition attribute, string path)
    {
        var result = new JsonObject();
        foreach (var (name, subValue) in value)
        {
            var sub = attribute.FindSubAttribute(name) ?? RoleDisplayName.Alias(attribute, name);
            if (sub is null || RoleDisplayName.IsShadowed(attribute, name, value))
            {
                // RFC 7644 §3.3 lets a service drop attributes it does not define; rejecting
                // them broke Entra provisioning elsewhere (B-37).
                continue;
            }

            var normalized = Normalize(subValue, sub, $"{path}.{sub.Name}");
            if (normalized is null)
            {
                // A later spelling of the same name wins, as at the top level.
                result.Remove(sub.Name);
                continue;
            }

            result[sub.Name] = normalized;
        }

        return result.Count == 0 ? null : result;
    }

    private static JsonValue Scalar(JsonValue value, AttributeDefinition attribute, string path)
    {
        var kind = value.GetValueKind();
        switch (attribute.Type)
        {
            case AttributeType.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
                return JsonValue.Create(kind == JsonValueKind.True);
            case AttributeType.Boolean when StringBooleans.TryRead(value, out var flag):
                return JsonValue.Create(flag);
            case AttributeType.Integer when kind == JsonValueKind.Number && value.TryGetValue<long>(out _):
            case AttributeType.Decimal when kind == JsonValueKind.Number:
            case AttributeType.String or AttributeType.Reference or AttributeType.Binary or AttributeType.DateTime
                when kind == JsonValueKind.String:
                return (JsonValue)value.DeepClone();
            default:
                throw ScimErrors.WrongValueType(path, Expected(attribute.Type));
        }
    }

    private static string Expected(AttributeType type) => type switch
    {
        AttributeType.Boolean => "true or false",
        AttributeType.Integer => "an integer",
        AttributeType.Decimal => "a number",
        AttributeType.Complex => "an object",
        _ => "a string",
    };
}
