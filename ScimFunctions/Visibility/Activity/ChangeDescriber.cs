using System.Text.Json.Nodes;
using ScimFunctions.Hosting;

namespace ScimFunctions.Visibility.Activity;

/// <summary>Describes a resource change: which event it is, and a sentence a person can scan.</summary>
public static class ChangeDescriber
{
    private const int NamesInSummary = 4;

    public static ActivityEvent Describe(
        ResourceChange change, IEnumerable<ResourceChange> others, string? name, IReadOnlyDictionary<string, string> names)
    {
        var isUser = change.ResourceType.Equals("User", StringComparison.OrdinalIgnoreCase);
        var resourceName = name ?? NameOf(change.After) ?? NameOf(change.Before) ?? change.Id;
        var changes = ResourceDiff.Compare(change.Before, change.After).Select(c => Resolve(c, names)).ToList();
        var added = Named(change.MembersAdded, names);
        var removed = Named(change.MembersRemoved, names);
        var (type, summary) = isUser
            ? DescribeUser(change, resourceName, changes)
            : DescribeGroup(change, resourceName, changes, added, removed);

        var extra = others.Count();
        if (extra > 0)
        {
            summary += $" (and {extra} more change{(extra == 1 ? "" : "s")})";
        }

        var details = new JsonObject
        {
            ["changes"] = new JsonArray([.. changes.Select(c => new JsonObject
            {
                ["attribute"] = c.Attribute,
                ["old"] = c.Old,
                ["new"] = c.New,
            })]),
            ["membersAdded"] = MemberArray(added),
            ["membersRemoved"] = MemberArray(removed),
        };
        return new ActivityEvent(type, Severities.Info, summary, false, change.ResourceType, change.Id, resourceName, details);
    }

    private static (string Type, string Summary) DescribeUser(
        ResourceChange change, string name, List<AttributeChange> changes)
    {
        if (change.Before is null)
        {
            return (EventTypes.UserCreated, $"User \"{name}\" created");
        }

        if (change.After is null)
        {
            return (EventTypes.UserDeleted, $"User \"{name}\" deleted");
        }

        var active = changes.FirstOrDefault(c => c.Attribute == "active");
        var others = changes.Where(c => c.Attribute != "active").ToList();
        var also = others.Count == 0 ? string.Empty : $"; also changed {List(others.Select(c => c.Attribute))}";
        return active?.New switch
        {
            "false" => (EventTypes.UserDisabled, $"User \"{name}\" disabled{also}"),
            "true" => (EventTypes.UserEnabled, $"User \"{name}\" enabled{also}"),
            _ when changes.Count == 0 => (EventTypes.NoChange, $"User \"{name}\" updated with no change"),
            _ => (EventTypes.UserUpdated, $"User \"{name}\" updated: {Describe(changes)}"),
        };
    }

    private static (string Type, string Summary) DescribeGroup(
        ResourceChange change, string name, List<AttributeChange> changes, List<NamedMember> added, List<NamedMember> removed)
    {
        if (change.Before is null)
        {
            var members = added.Count == 0 ? string.Empty : $" with {Count(added.Count, "member")}";
            return (EventTypes.GroupCreated, $"Group \"{name}\" created{members}");
        }

        if (change.After is null)
        {
            return (EventTypes.GroupDeleted, $"Group \"{name}\" deleted");
        }

        var parts = new List<string>();
        var rename = changes.FirstOrDefault(c => c.Attribute == "displayName");
        if (rename is not null)
        {
            parts.Add($"renamed from \"{rename.Old}\"");
        }

        if (added.Count > 0)
        {
            parts.Add($"added {List(added.Select(m => m.Name ?? m.Id))}");
        }

        if (removed.Count > 0)
        {
            parts.Add($"removed {List(removed.Select(m => m.Name ?? m.Id))}");
        }

        var rest = changes.Where(c => c.Attribute != "displayName").ToList();
        if (rest.Count > 0)
        {
            parts.Add($"changed {Describe(rest)}");
        }

        var type = rename is not null ? EventTypes.GroupRenamed
            : added.Count + removed.Count > 0 ? EventTypes.GroupMembers
            : rest.Count > 0 ? EventTypes.GroupUpdated
            : EventTypes.NoChange;
        return (type, parts.Count == 0 ? $"Group \"{name}\" updated with no change" : $"Group \"{name}\" {string.Join("; ", parts)}");
    }

    private static AttributeChange Resolve(AttributeChange change, IReadOnlyDictionary<string, string> names) =>
        change.Attribute.EndsWith(ResourceDiff.ManagerSuffix, StringComparison.Ordinal)
            ? change with { Old = NameFor(change.Old, names), New = NameFor(change.New, names) }
            : change;

    private static string? NameFor(string? id, IReadOnlyDictionary<string, string> names) =>
        id is not null && names.TryGetValue(id, out var name) ? name : id;

    private static List<NamedMember> Named(IReadOnlyList<string>? ids, IReadOnlyDictionary<string, string> names) =>
        [.. (ids ?? []).Select(id => new NamedMember(id, names.GetValueOrDefault(id)))];

    private static JsonArray MemberArray(List<NamedMember> members) =>
        new([.. members.Select(m => new JsonObject { ["id"] = m.Id, ["name"] = m.Name })]);

    private static string Describe(List<AttributeChange> changes) =>
        List(changes.Select(c => $"{c.Attribute} {Quote(c.Old)} → {Quote(c.New)}"));

    private static string Quote(string? value) =>
        value is null ? "(none)" : value.Length > 60 ? $"\"{value[..57]}...\"" : $"\"{value}\"";

    private static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        var shown = string.Join(", ", all.Take(NamesInSummary));
        return all.Count > NamesInSummary ? $"{shown} and {all.Count - NamesInSummary} more" : shown;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string? NameOf(JsonObject? resource) =>
        (string?)(resource?["userName"] as JsonValue) ?? (string?)(resource?["displayName"] as JsonValue);
}
