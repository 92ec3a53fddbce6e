using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Patch;

namespace ScimFunctions.Scim.Resources;

/// <summary>
/// Reads a group's <c>members</c> into references. Each needs a <c>value</c>; <c>type</c> and
/// <c>display</c> are kept when given, and <c>$ref</c> is ignored because the service builds its
/// own (Entra sends <c>"$ref": null</c>). The same id listed twice counts once.
/// </summary>
internal static class GroupMembersReader
{
    /// <summary>The members; an explicit null reads as an empty list (the client named the attribute).</summary>
    public static IReadOnlyList<MemberReference> Read(JsonNode? members)
    {
        var entries = members switch
        {
            null => [],
            JsonArray array => array.ToList(),
            _ => [members],
        };

        var result = new List<MemberReference>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is null)
            {
                continue;
            }

            var member = ReadOne(entry);
            if (seen.Add(member.Value))
            {
                result.Add(member);
            }
        }

        return result;
    }

    private static MemberReference ReadOne(JsonNode entry)
    {
        if (entry is not JsonObject member)
        {
            throw ScimErrors.WrongValueType("members", "a list of objects with a 'value'");
        }

        var value = Text(member, "value", "members.value");
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ScimErrors.MemberWithoutValue();
        }

        var type = Text(member, "type", "members.type");
        var display = Text(member, "display", "members.display");
        return new MemberReference(value, type, display);
    }

    private static string? Text(JsonObject member, string name, string path)
    {
        var node = member.LastOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
        return node switch
        {
            null => null,
            JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
            _ => throw ScimErrors.WrongValueType(path, "a string"),
        };
    }
}
