using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Patch.Compatibility;

namespace ScimFunctions.Scim.Patch;

/// <summary>Add and replace on <c>attr[filter]</c> and <c>attr[filter].sub</c>.</summary>
internal static class FilteredWriter
{
    public static void Write(JsonObject container, PatchOp op, PatchPath path, JsonNode value)
    {
        var name = path.Attribute.Path.Attribute;
        var existing = JsonKeys.Get(container, name);
        var matches = Elements.Matching(existing, path);
        if (matches.Count == 0)
        {
            Create(container, path, value, existing);
            return;
        }

        foreach (var element in matches)
        {
            if (path.Sub is not null)
            {
                JsonKeys.Set(element, path.SubName!, PatchValues.Prepare(value, path.Sub.SubAttribute));
            }
            else if (op == PatchOp.Add)
            {
                foreach (var (key, item) in AsObject(path, value))
                {
                    JsonKeys.Set(element, key, item?.DeepClone());
                }
            }
            else
            {
                // RFC 7644 §3.5.2.3: every element the filter matches is replaced by the value.
                Elements.Replace(container, name, element, AsObject(path, value));
            }
        }
    }

    private static void Create(JsonObject container, PatchPath path, JsonNode value, JsonNode? existing)
    {
        var entry = existing is JsonObject || path.Attribute.Attribute is { MultiValued: false }
            ? null
            : FilteredPathCreatesEntryCompatibility.Seed(path.Filter!);
        if (entry is null)
        {
            throw ScimErrors.NoTarget(path.Text);
        }

        if (path.Sub is not null)
        {
            JsonKeys.Set(entry, path.SubName!, PatchValues.Prepare(value, path.Sub.SubAttribute));
        }
        else
        {
            foreach (var (key, item) in AsObject(path, value))
            {
                JsonKeys.Set(entry, key, item?.DeepClone());
            }
        }

        if (existing is JsonArray array)
        {
            array.Add(entry);
        }
        else
        {
            JsonKeys.Set(container, path.Attribute.Path.Attribute, new JsonArray(entry));
        }
    }

    private static JsonObject AsObject(PatchPath path, JsonNode value) =>
        PatchValues.Prepare(value, path.Attribute.Attribute) as JsonObject
            ?? throw ScimErrors.InvalidValue($"'{path.Text}' selects whole entries: the value must be an object.");
}
