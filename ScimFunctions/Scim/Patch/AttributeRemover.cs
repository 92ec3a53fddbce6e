using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Patch.Compatibility;

namespace ScimFunctions.Scim.Patch;

/// <summary>RFC 7644 §3.5.2.2 remove on one attribute path. Removing what is not there changes nothing.</summary>
internal static class AttributeRemover
{
    public static void Remove(PatchState state, PatchPath path, JsonNode? value)
    {
        var urn = path.Attribute.Path.SchemaUrn;
        var container = state.Container(urn, create: false);
        if (container is null)
        {
            return;
        }

        if (path.Filter is not null)
        {
            RemoveFiltered(container, path);
        }
        else if (path.Sub is not null)
        {
            RemoveSub(container, path);
        }
        else
        {
            RemoveWhole(container, path, value);
        }

        state.DropIfEmpty(urn);
    }

    private static void RemoveWhole(JsonObject container, PatchPath path, JsonNode? value)
    {
        var name = path.Attribute.Path.Attribute;
        if (path.Attribute.Attribute is { Required: true })
        {
            throw ScimErrors.RequiredAttribute(name);
        }

        var existing = JsonKeys.Get(container, name);
        if (value is not null && ManagerValueCompatibility.Applies(path.Attribute))
        {
            ManagerValueCompatibility.RemoveIfSame(container, name, value);
        }
        else if (value is not null && existing is JsonArray array)
        {
            RemoveByValueCompatibility.RemoveListed(array, value, path.Attribute.Attribute);
            Elements.DropIfEmpty(container, name);
        }
        else
        {
            JsonKeys.Remove(container, name);
        }
    }

    private static void RemoveFiltered(JsonObject container, PatchPath path)
    {
        var name = path.Attribute.Path.Attribute;
        foreach (var element in Elements.Matching(JsonKeys.Get(container, name), path))
        {
            if (path.Sub is null)
            {
                Elements.Remove(container, name, element);
            }
            else
            {
                JsonKeys.Remove(element, path.SubName!);
            }
        }
    }

    private static void RemoveSub(JsonObject container, PatchPath path)
    {
        var name = path.Attribute.Path.Attribute;
        var existing = JsonKeys.Get(container, name);
        var elements = existing switch
        {
            JsonArray array => array.OfType<JsonObject>().ToList(),
            JsonObject single => [single],
            _ => [],
        };

        elements.ForEach(element => JsonKeys.Remove(element, path.SubName!));
        if (existing is JsonObject { Count: 0 })
        {
            JsonKeys.Remove(container, name);
        }
    }
}
