using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimFunctions.Visibility.Activity;

/// <summary>
/// Compares a resource before and after a request attribute by attribute, with readable names:
/// <c>name.givenName</c>, <c>emails[work].value</c>, <c>enterprise.manager</c>.
/// </summary>
public static class ResourceDiff
{
    /// <summary>Attributes never shown: server-set, structural, or handled apart (members).</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "meta", "schemas", "members", "groups", "password",
    };

    /// <summary>The suffix of the manager's id once flattened; it is shown resolved to a name.</summary>
    public const string ManagerSuffix = "manager";

    public static IReadOnlyList<AttributeChange> Compare(JsonObject? before, JsonObject? after)
    {
        var old = Flatten(before);
        var current = Flatten(after);
        var changes = new List<AttributeChange>();
        foreach (var name in old.Keys.Union(current.Keys).Order(StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(name);
            var now = current.GetValueOrDefault(name);
            if (was != now)
            {
                changes.Add(new AttributeChange(name, was, now));
            }
        }

        return changes;
    }

    /// <summary>Attribute names to display values; a manager appears as <c>...manager</c> with its id.</summary>
    public static Dictionary<string, string> Flatten(JsonObject? resource)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (resource is not null)
        {
            foreach (var (name, value) in resource)
            {
                if (!Skipped.Contains(name) && value is not null)
                {
                    Add(result, Label(name), value);
                }
            }
        }

        return result;
    }

    /// <summary>A schema URN as a short label: the enterprise extension becomes <c>enterprise</c>.</summary>
    public static string Label(string name)
    {
        if (!name.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            return name;
        }

        var ignored = new[] { "urn", "ietf", "params", "scim", "schemas", "extension", "core", "User", "Group" };
        var parts = name.Split(':').Where(part => !ignored.Contains(part, StringComparer.OrdinalIgnoreCase)
            && !(part.Length > 0 && char.IsDigit(part[0])));
        var label = string.Join('.', parts);
        return label.Length == 0 ? name : label;
    }

    private static void Add(Dictionary<string, string> result, string path, JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj when path.EndsWith(ManagerSuffix, StringComparison.Ordinal):
                // Entra sends the manager as {"value": id}; displayName and $ref only repeat it.
                if (obj["value"] is JsonValue managerId)
                {
                    result[path] = Text(managerId);
                }

                break;
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (value is not null && !Skipped.Contains(name))
                    {
                        Add(result, $"{path}.{Label(name)}", value);
                    }
                }

                break;
            case JsonArray array when array.All(item => item is JsonObject):
                for (var i = 0; i < array.Count; i++)
                {
                    var item = (JsonObject)array[i]!;
                    var key = item["type"] is JsonValue type ? Text(type) : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    Add(result, $"{path}[{key}]", item);
                }

                break;
            case JsonArray array:
                result[path] = string.Join(", ", array.Select(item => item is null ? "null" : Text(item)));
                break;
            default:
                result[path] = Text(node);
                break;
        }
    }

    private static string Text(JsonNode node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : node.ToJsonString();
}
