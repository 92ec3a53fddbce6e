using System.Text.Json.Nodes;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Resources;

/// <summary>
/// The normalised attributes of one resource while they are collected, written out in a stable
/// order: <c>schemas</c>, common and core attributes in schema order, modelled extensions, then
/// extensions the service does not model in the order they came. A later value for the same
/// attribute (another letter case, or the URN-qualified form) replaces an earlier one.
/// </summary>
internal sealed class ResourceData
{
    private readonly ResourceTypeDefinition _resourceType;
    private readonly Dictionary<AttributeDefinition, JsonNode> _core = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AttributeDefinition, JsonNode> _extensions = new(ReferenceEqualityComparer.Instance);
    private readonly List<KeyValuePair<string, JsonObject>> _unknown = [];

    public ResourceData(ResourceTypeDefinition resourceType) => _resourceType = resourceType;

    public JsonNode? GetCore(AttributeDefinition attribute) => _core.GetValueOrDefault(attribute);

    public void SetCore(AttributeDefinition attribute, JsonNode? value) => Set(_core, attribute, value);

    public void SetExtension(AttributeDefinition attribute, JsonNode? value) => Set(_extensions, attribute, value);

    /// <summary>
    /// Keeps an unmodelled extension object as sent, because seeing it is the point; only nulls
    /// are removed, since null means no value (RFC 7643 §2.5) here as everywhere.
    /// </summary>
    public void SetUnknownExtension(string urn, JsonObject value)
    {
        var index = _unknown.FindIndex(e => e.Key.Equals(urn, StringComparison.OrdinalIgnoreCase));
        var copy = (JsonObject)WithoutNulls(value)!;
        if (index < 0)
        {
            _unknown.Add(new(urn, copy));
        }
        else
        {
            _unknown[index] = new(_unknown[index].Key, copy);
        }
    }

    public void SetUnknownExtensionAttribute(string urn, string name, JsonNode? value)
    {
        if (value is null)
        {
            return;
        }

        var entry = _unknown.Find(e => e.Key.Equals(urn, StringComparison.OrdinalIgnoreCase));
        if (entry.Value is null)
        {
            entry = new(urn, []);
            _unknown.Add(entry);
        }

        entry.Value[name] = WithoutNulls(value);
    }

    public JsonObject ToJson()
    {
        var schemas = new JsonArray(_resourceType.Schema.Id);
        var result = new JsonObject { ["schemas"] = schemas };
        foreach (var attribute in ScimSchemas.Common.Concat(_resourceType.Schema.Attributes))
        {
            if (_core.TryGetValue(attribute, out var value))
            {
                result[attribute.Name] = value;
            }
        }

        foreach (var extension in _resourceType.Extensions)
        {
            var values = new JsonObject();
            foreach (var attribute in extension.Attributes.Where(_extensions.ContainsKey))
            {
                values[attribute.Name] = _extensions[attribute];
            }

            AddExtension(result, schemas, extension.Id, values);
        }

        foreach (var (urn, values) in _unknown)
        {
            AddExtension(result, schemas, urn, values);
        }

        return result;
    }

    private static void AddExtension(JsonObject result, JsonArray schemas, string urn, JsonObject values)
    {
        // Only extensions with data are listed, so that a URN sent with nothing under it
        // (E-13's enterprise URN, E-38's Microsoft group schema) is neither stored nor rejected.
        if (values.Count == 0)
        {
            return;
        }

        schemas.Add(urn);
        result[urn] = values;
    }

    private static JsonNode? WithoutNulls(JsonNode? value) => value switch
    {
        JsonObject complex => new JsonObject(complex
            .Where(p => p.Value is not null)
            .Select(p => KeyValuePair.Create(p.Key, WithoutNulls(p.Value)))),
        JsonArray list => new JsonArray([.. list.Where(e => e is not null).Select(WithoutNulls)]),
        _ => value?.DeepClone(),
    };

    private static void Set(
        Dictionary<AttributeDefinition, JsonNode> values, AttributeDefinition attribute, JsonNode? value)
    {
        if (value is null)
        {
            values.Remove(attribute);
            return;
        }

        values[attribute] = value;
    }
}
