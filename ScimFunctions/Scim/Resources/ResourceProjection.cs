using System.Text.Json.Nodes;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Resources;

/// <summary>
/// Applies <c>attributes</c> and <c>excludedAttributes</c> (RFC 7644 §3.4.2.5) to a rendered
/// resource.
/// </summary>
public static class ResourceProjection
{
    private static readonly string[] CoreUrns = [ScimSchemas.UserUrn, ScimSchemas.GroupUrn];

    /// <summary>
    /// Returns a copy of the resource reduced to the requested attributes, then without the
    /// excluded ones. <c>schemas</c> and <c>returned: always</c> attributes (<c>id</c>) stay;
    /// <c>returned: never</c> ones (<c>password</c>) never appear. Names are case-insensitive and
    /// may be sub-attribute paths or URN-qualified; unknown names select nothing.
    /// </summary>
    public static JsonObject Apply(
        JsonObject resource,
        ResourceTypeDefinition resourceType,
        IReadOnlyList<string>? attributes,
        IReadOnlyList<string>? excludedAttributes)
    {
        var extensionUrns = resource.Select(p => p.Key).Where(key => key.Contains(':', StringComparison.Ordinal));
        var include = AttributeSelection.Parse(attributes, [resourceType.Schema.Id], extensionUrns);
        var exclude = AttributeSelection.Parse(excludedAttributes, [resourceType.Schema.Id], extensionUrns);
        var always = AlwaysReturned(resourceType);

        var result = include.IsEmpty ? (JsonObject)resource.DeepClone() : Include(resource, include, always);
        ProjectionRemoval.Exclude(result, exclude, always);
        ProjectionRemoval.RemoveNeverReturned(result, resourceType);
        return result;
    }

    /// <summary>
    /// True when the projection leaves out <paramref name="attribute"/> (a top-level core name
    /// such as <c>members</c>), so the store need not read it.
    /// </summary>
    public static bool Excludes(
        string attribute,
        IReadOnlyList<string>? attributes,
        IReadOnlyList<string>? excludedAttributes)
    {
        var include = AttributeSelection.Parse(attributes, CoreUrns, []);
        if (!include.IsEmpty && !include.Children.ContainsKey(attribute))
        {
            return true;
        }

        var exclude = AttributeSelection.Parse(excludedAttributes, CoreUrns, []);
        return exclude.Children.TryGetValue(attribute, out var excluded) && excluded.Whole;
    }

    /// <summary>
    /// True when the projection names sub-attributes of <paramref name="attribute"/> (such as
    /// <c>members.value</c>), so its values are reshaped rather than kept or dropped whole.
    /// </summary>
    public static bool ReachesInto(
        string attribute,
        IReadOnlyList<string>? attributes,
        IReadOnlyList<string>? excludedAttributes)
    {
        var include = AttributeSelection.Parse(attributes, CoreUrns, []);
        var exclude = AttributeSelection.Parse(excludedAttributes, CoreUrns, []);
        return (include.Children.TryGetValue(attribute, out var included) && !included.Whole)
            || (exclude.Children.TryGetValue(attribute, out var excluded) && !excluded.Whole);
    }

    private static HashSet<string> AlwaysReturned(ResourceTypeDefinition resourceType)
    {
        var names = ScimSchemas.Common.Concat(resourceType.Schema.Attributes)
            .Where(a => a.Returned == Returned.Always)
            .Select(a => a.Name);
        return new HashSet<string>(names, StringComparer.OrdinalIgnoreCase) { "schemas" };
    }

    private static JsonObject Include(JsonObject resource, AttributeSelection include, HashSet<string> always)
    {
        var result = new JsonObject();
        foreach (var (key, value) in resource)
        {
            var selected = always.Contains(key)
                ? value?.DeepClone()
                : include.Children.TryGetValue(key, out var selection) ? Select(value, selection) : null;
            if (selected is not null)
            {
                result[key] = selected;
            }
        }

        return result;
    }

    private static JsonNode? Select(JsonNode? value, AttributeSelection selection)
    {
        if (selection.Whole)
        {
            return value?.DeepClone();
        }

        switch (value)
        {
            case JsonObject complex:
                var result = new JsonObject();
                foreach (var (key, sub) in complex)
                {
                    if (selection.Children.TryGetValue(key, out var child) && Select(sub, child) is { } selected)
                    {
                        result[key] = selected;
                    }
                }

                return result.Count == 0 ? null : result;
            case JsonArray entries:
                var kept = new JsonArray();
                foreach (var entry in entries)
                {
                    if (Select(entry, selection) is { } selected)
                    {
                        kept.Add(selected);
                    }
                }

                return kept.Count == 0 ? null : kept;
            default:
                return null;
        }
    }
}
