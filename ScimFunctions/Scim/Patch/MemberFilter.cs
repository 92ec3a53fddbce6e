using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;

namespace ScimFunctions.Scim.Patch;

/// <summary>
/// Reads the member ids out of <c>members[value eq "u-1001"]</c> and
/// <c>members[value eq "a" or value eq "b"]</c>. Any other member filter is refused with 400
/// invalidFilter: the engine does not read the member list (a 50,000-member group costs what a
/// small one does), so it can select members by id only, never by display or type.
/// </summary>
internal static class MemberFilter
{
    public static List<string> Ids(FilterNode filter) => filter switch
    {
        LogicalFilter { Operator: LogicalOperator.Or } either => [.. Ids(either.Left), .. Ids(either.Right)],
        ComparisonFilter { Operator: ComparisonOperator.Eq, Path: { Attribute: "value", SubAttribute: null } } term
            when term.Value is not null && term.Value.TryGetValue<string>(out var id) => [id],
        _ => throw ScimErrors.InvalidFilter(
            "members can be selected only by value eq \"id\", joined with or"),
    };
}
