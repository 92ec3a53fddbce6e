using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Patch.Compatibility;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Patch;

/// <summary>RFC 7644 §3.5.2.1 add and §3.5.2.3 replace on one attribute path.</summary>
internal static class AttributeWriter
{
    public static void Write(PatchState state, PatchOp op, PatchPath path, JsonNode? value)
    {
        if (value is null && op == PatchOp.Replace)
        {
            // RFC 7643 §2.5: null means "no value", so replacing with null unassigns.
            AttributeRemover.Remove(state, path, null);
            return;
        }

        if (value is null)
        {
            throw ScimErrors.InvalidValue("An add operation needs a value.");
        }

        var urn = path.Attribute.Path.SchemaUrn;
        var container = state.Container(urn, create: true)!;
        if (path.Filter is not null)
        {
            FilteredWriter.Write(container, op, path, value);
        }
        else if (path.Sub is not null)
        {
            WriteSub(container, path, value);
        }
        else
        {
            WriteWhole(container, op, path.Attribute, value);
        }

        state.DropIfEmpty(urn);
    }

    private static void WriteWhole(JsonObject container, PatchOp op, ResolvedPath attribute, JsonNode value)
    {
        var name = attribute.Path.Attribute;
        var definition = attribute.Attribute;
        var existing = JsonKeys.Get(container, name);
        if (ManagerValueCompatibility.Applies(attribute))
        {
            ManagerValueCompatibility.Write(container, name, value);
            return;
        }

        if (definition is { Required: true } && value is JsonValue scalar && scalar.TryGetValue<string>(out var text)
            && text.Trim().Length == 0)
        {
            throw ScimErrors.RequiredAttribute(name);
        }

        var prepared = PatchValues.Prepare(value, definition)!;
        if (definition is { MultiValued: true } || (definition is null && existing is JsonArray && op == PatchOp.Add))
        {
            WriteMultiValued(container, op, name, prepared);
        }
        else if (definition is { Type: AttributeType.Complex })
        {
            MergeComplex(container, name, prepared);
        }
        else
        {
            JsonKeys.Set(container, name, prepared);
        }
    }

    private static void WriteMultiValued(JsonObject container, PatchOp op, string name, JsonNode prepared)
    {
        var items = prepared as JsonArray ?? [prepared];
        var existing = JsonKeys.Get(container, name) as JsonArray;

        // RFC 7644 §3.5.2.3: replacing a multi-valued attribute replaces the whole set (Entra's
        // assertive role assignment relies on it); add appends what is not already there.
        if (op == PatchOp.Replace || existing is null)
        {
            JsonKeys.Set(container, name, items);
            return;
        }

        foreach (var item in items.ToList())
        {
            if (!existing.Any(current => JsonNode.DeepEquals(current, item)))
            {
                existing.Add(item?.DeepClone());
            }
        }
    }

    // RFC 7644 §3.5.2.1 and §3.5.2.3: a complex value sets the sub-attributes it names and leaves the others.
    private static void MergeComplex(JsonObject container, string name, JsonNode prepared)
    {
        var value = prepared as JsonObject
            ?? throw ScimErrors.InvalidValue($"'{name}' is complex: its value must be an object of sub-attributes.");
        if (JsonKeys.Get(container, name) is not JsonObject existing)
        {
            JsonKeys.Set(container, name, value);
            return;
        }

        foreach (var (key, item) in value.ToList())
        {
            JsonKeys.Set(existing, key, item?.DeepClone());
        }
    }

    private static void WriteSub(JsonObject container, PatchPath path, JsonNode value)
    {
        var name = path.Attribute.Path.Attribute;
        var sub = path.SubName!;
        var prepared = PatchValues.Prepare(value, path.Sub!.SubAttribute);
        var existing = JsonKeys.Get(container, name);
        if (path.Attribute.Attribute is { MultiValued: true } || existing is JsonArray)
        {
            // Without a filter, a sub-attribute path of a multi-valued attribute means every element.
            var elements = (existing as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
            if (elements.Count == 0)
            {
                JsonKeys.Set(container, name, new JsonArray(new JsonObject { [sub] = prepared }));
            }

            elements.ForEach(element => JsonKeys.Set(element, sub, prepared?.DeepClone()));
            return;
        }

        if (existing is not JsonObject parent)
        {
            parent = [];
            JsonKeys.Set(container, name, parent);
        }

        JsonKeys.Set(parent, sub, prepared);
    }
}
