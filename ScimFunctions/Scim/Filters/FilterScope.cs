using System.Text.Json.Nodes;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Filters;

/// <summary>
/// What a filter's paths are relative to: a whole resource, or one element of a multi-valued
/// (or single complex) attribute inside a value filter.
/// </summary>
internal sealed class FilterScope
{
    private readonly JsonNode _target;
    private readonly ResourceTypeDefinition? _resourceType;
    private readonly AttributeDefinition? _parent;
    private readonly bool _isElement;

    private FilterScope(
        JsonNode target,
        ResourceTypeDefinition? resourceType,
        AttributeDefinition? parent,
        bool isElement)
    {
        _target = target;
        _resourceType = resourceType;
        _parent = parent;
        _isElement = isElement;
    }

    public static FilterScope ForResource(JsonObject resource, ResourceTypeDefinition resourceType) =>
        new(resource, resourceType, null, false);

    public static FilterScope ForElement(JsonNode element, AttributeDefinition? parent) =>
        new(element, null, parent, true);

    public AttributeDefinition? Describe(AttributePath path)
    {
        if (_isElement)
        {
            return _parent?.FindSubAttribute(path.Attribute);
        }

        return AttributeResolver.Describe(path, _resourceType!);
    }

    /// <summary>The elements of a multi-valued attribute, or the single value of any other.</summary>
    public IEnumerable<JsonNode> Elements(AttributePath path)
    {
        var node = Attribute(path);
        return node switch
        {
            null => [],
            JsonArray array => array.OfType<JsonNode>(),
            _ => [node],
        };
    }

    /// <summary>Every value the path reaches, flattening multi-valued attributes.</summary>
    public IEnumerable<JsonNode?> Values(AttributePath path)
    {
        var elements = Elements(path with { SubAttribute = null });
        if (path.SubAttribute is null)
        {
            return elements;
        }

        return elements
            .OfType<JsonObject>()
            .Select(element => JsonKeys.Get(element, path.SubAttribute))
            .SelectMany(value => value is JsonArray array ? array.AsEnumerable() : [value]);
    }

    private JsonNode? Attribute(AttributePath path)
    {
        // A multi-valued attribute of plain values (["a", "b"]) has no sub-attributes; its
        // elements stand for their own "value".
        if (_isElement && _target is JsonValue && path.Attribute.Equals("value", StringComparison.OrdinalIgnoreCase))
        {
            return _target;
        }

        if (_target is not JsonObject json)
        {
            return null;
        }

        var container = path.SchemaUrn is null ? json : JsonKeys.Get(json, path.SchemaUrn) as JsonObject;
        return container is null ? null : JsonKeys.Get(container, path.Attribute);
    }
}
