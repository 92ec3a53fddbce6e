using ScimFunctions.Scim.Filters;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// A filter translated to SQL: a WHERE condition over the resource table, its parameters, and
/// the sub-filters the condition hands to <c>scim_match(index, data)</c> because no column
/// answers them (<see cref="Residuals"/>[index] is evaluated on the row's JSON).
/// </summary>
public sealed record SqlFilter(
    string Where,
    IReadOnlyList<KeyValuePair<string, object>> Parameters,
    IReadOnlyList<FilterNode> Residuals)
{
    /// <summary>The SQL function that evaluates a residual sub-filter on a row's JSON.</summary>
    public const string MatchFunction = "scim_match";

    public static SqlFilter All { get; } = new("1", [], []);
}
