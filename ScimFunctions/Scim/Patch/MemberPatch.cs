using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Patch.Compatibility;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Patch;

/// <summary>
/// Group membership operations, turned into <see cref="MemberChanges"/> deltas: membership is
/// stored apart from the group, so one member's add or remove never reads the member list.
/// </summary>
internal static class MemberPatch
{
    public static bool Targets(PatchPath path, ResourceTypeDefinition resourceType) =>
        resourceType.Schema.Id == ScimSchemas.GroupUrn
        && path.Attribute.Path is { SchemaUrn: null, Attribute: "members" };

    public static void Apply(MemberChanges changes, PatchOp op, PatchPath path, JsonNode? value)
    {
        if (path.Sub is not null)
        {
            throw ScimErrors.InvalidPath(path.Text, "members are added and removed whole, not by sub-attribute");
        }

        if (path.Filter is not null && op != PatchOp.Remove)
        {
            var name = op.ToString().ToLowerInvariant();
            throw ScimErrors.InvalidPath(path.Text, $"{name} members takes a value list, not a filter");
        }

        switch (op)
        {
            case PatchOp.Add:
                var added = value ?? throw ScimErrors.InvalidValue("Adding members needs a value list.");
                ReadMembers(added).ForEach(changes.Add);
                break;
            case PatchOp.Replace:
                changes.Clear();
                if (value is not null)
                {
                    ReadMembers(value).ForEach(changes.Add);
                }

                break;
            case PatchOp.Remove when path.Filter is not null:
                MemberFilter.Ids(path.Filter).ForEach(changes.Remove);
                break;
            case PatchOp.Remove when value is not null:
                // Compatibility rule "remove with a value list removes only those values" (E-42).
                ReadMembers(value).ForEach(member => changes.Remove(member.Value));
                break;
            default:
                changes.Clear();
                break;
        }
    }

    private static List<MemberReference> ReadMembers(JsonNode value)
    {
        var items = value as JsonArray ?? [value.DeepClone()];
        return items.Select(ReadMember).ToList();
    }

    private static MemberReference ReadMember(JsonNode? item)
    {
        var id = RemoveByValueCompatibility.ValueOf(item);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw ScimErrors.InvalidValue("Each member needs a 'value' holding the member's id.");
        }

        var json = (JsonObject)item!;
        return new MemberReference(id, Text(json, "type"), Text(json, "display"));
    }

    private static string? Text(JsonObject json, string name) =>
        JsonKeys.Get(json, name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
