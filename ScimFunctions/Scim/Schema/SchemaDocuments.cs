using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimFunctions.Scim.Schema;

/// <summary>
/// The <c>/Schemas</c> representation (RFC 7643 §7) of the schemas in <see cref="ScimSchemas"/>.
/// Enum values are camelCase (<c>readWrite</c>, <c>dateTime</c>) and properties without a value
/// are left out rather than sent as null, because Entra's schema discovery rejects both (E-04).
/// </summary>
public static class SchemaDocuments
{
    public const string SchemaUrn = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    /// <param name="schema">The schema to describe.</param>
    /// <param name="scimBaseUrl">The absolute SCIM base, such as <c>https://host/scim/v2</c>.</param>
    public static JsonObject Schema(SchemaDefinition schema, string scimBaseUrl) => new()
    {
        ["schemas"] = new JsonArray(SchemaUrn),
        ["id"] = schema.Id,
        ["name"] = schema.Name,
        ["description"] = schema.Description,
        ["attributes"] = Attributes(schema.Attributes),
        ["meta"] = Meta("Schema", $"{scimBaseUrl}/Schemas/{schema.Id}"),
    };

    /// <summary>The <c>meta</c> of a discovery document: its resource type and absolute location.</summary>
    public static JsonObject Meta(string resourceType, string location) => new()
    {
        ["resourceType"] = resourceType,
        ["location"] = location,
    };

    private static JsonArray Attributes(IEnumerable<AttributeDefinition> attributes) =>
        new([.. attributes.Select(Attribute)]);

    private static JsonObject Attribute(AttributeDefinition attribute)
    {
        var result = new JsonObject
        {
            ["name"] = attribute.Name,
            ["type"] = CamelCase(attribute.Type),
            ["multiValued"] = attribute.MultiValued,
        };
        if (attribute.Description.Length > 0)
        {
            result["description"] = attribute.Description;
        }

        result["required"] = attribute.Required;
        result["caseExact"] = attribute.CaseExact;
        result["mutability"] = CamelCase(attribute.Mutability);
        result["returned"] = CamelCase(attribute.Returned);
        result["uniqueness"] = CamelCase(attribute.Uniqueness);
        AddList(result, "canonicalValues", attribute.CanonicalValues);
        AddList(result, "referenceTypes", attribute.ReferenceTypes);
        if (attribute.SubAttributes.Count > 0)
        {
            result["subAttributes"] = Attributes(attribute.SubAttributes);
        }

        return result;
    }

    private static void AddList(JsonObject target, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            target[name] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        }
    }

    private static string CamelCase<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
