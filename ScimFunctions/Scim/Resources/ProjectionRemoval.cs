using System.Text.Json.Nodes;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Resources;

/// <summary>The removing half of <see cref="ResourceProjection"/>: excluded and never-returned attributes.</summary>
internal static class ProjectionRemoval
{
    /// <summary>Removes the selected attributes; <paramref name="protectedNames"/> (id, schemas) stay.</summary>
    public static void Exclude(JsonObject target, AttributeSelection exclude, HashSet<string>? protectedNames)
    {
        foreach (var key in target.Select(p => p.Key).ToList())
        {
            if (!exclude.Children.TryGetValue(key, out var selection) || protectedNames?.Contains(key) == true)
            {
                continue;
            }

            if (selection.Whole)
            {
                target.Remove(key);
                continue;
            }

            IEnumerable<JsonObject> complexValues = target[key] switch
            {
                JsonArray entries => entries.OfType<JsonObject>(),
                JsonObject complex => [complex],
                _ => [],
            };
            foreach (var complex in complexValues)
            {
                Exclude(complex, selection, protectedNames: null);
            }

            RemoveEmpty(target, key);
        }
    }

    private static void RemoveEmpty(JsonObject target, string key)
    {
        if (target[key] is JsonArray entries)
        {
            foreach (var empty in entries.OfType<JsonObject>().Where(e => e.Count == 0).ToList())
            {
                entries.Remove(empty);
            }
        }

        if (target[key] is JsonObject { Count: 0 } or JsonArray { Count: 0 })
        {
            target.Remove(key);
        }
    }

    public static void RemoveNeverReturned(JsonObject result, ResourceTypeDefinition resourceType)
    {
        RemoveKeys(result, resourceType.Schema.Attributes.Where(a => a.Returned == Returned.Never));
        foreach (var extension in resourceType.Extensions)
        {
            var values = result.FirstOrDefault(p => p.Key.Equals(extension.Id, StringComparison.OrdinalIgnoreCase));
            if (values.Value is JsonObject extensionValues)
            {
                RemoveKeys(extensionValues, extension.Attributes.Where(a => a.Returned == Returned.Never));
            }
        }
    }

    private static void RemoveKeys(JsonObject target, IEnumerable<AttributeDefinition> attributes)
    {
        var names = attributes.Select(a => a.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var key in target.Select(p => p.Key).Where(names.Contains).ToList())
        {
            target.Remove(key);
        }
    }
}
