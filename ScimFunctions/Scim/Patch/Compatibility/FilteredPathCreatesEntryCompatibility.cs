using System.Text.Json.Nodes;
using ScimFunctions.Scim.Filters;

namespace ScimFunctions.Scim.Patch.Compatibility;

/// <summary>
/// Compatibility rule "a filtered path creates its entry": Entra sets a user's first work e-mail
/// with <c>replace emails[type eq "work"].value</c> and builds a work address with one
/// <c>add addresses[type eq "work"].streetAddress</c> per field. RFC 7644 §3.5.2.3 would answer
/// 400 noTarget when nothing matches; instead an entry is created holding the filter's
/// <c>eq</c> terms (<c>{"type":"work"}</c>), so that later operations in the same PATCH find
/// and complete that one entry rather than adding another.
/// </summary>
internal static class FilteredPathCreatesEntryCompatibility
{
    /// <summary>
    /// The entry a filter describes, or null when it is not a conjunction of <c>eq</c>
    /// comparisons with values (an <c>or</c> or <c>co</c> names no single entry to create).
    /// </summary>
    public static JsonObject? Seed(FilterNode filter)
    {
        var entry = new JsonObject();
        return Collect(filter, entry) && entry.Count > 0 ? entry : null;
    }

    private static bool Collect(FilterNode filter, JsonObject entry) => filter switch
    {
        LogicalFilter { Operator: LogicalOperator.And } both => Collect(both.Left, entry) && Collect(both.Right, entry),
        ComparisonFilter { Operator: ComparisonOperator.Eq, Value: not null, Path.SubAttribute: null } term =>
            Add(entry, term.Path.Attribute, term.Value),
        _ => false,
    };

    private static bool Add(JsonObject entry, string name, JsonValue value)
    {
        if (JsonKeys.Get(entry, name) is { } existing)
        {
            return JsonNode.DeepEquals(existing, value);
        }

        entry[name] = value.DeepClone();
        return true;
    }
}
