using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Scim.Filters;

/// <summary>The comparison operators of RFC 7644 §3.4.2.2, matched without regard to case.</summary>
internal static class FilterOperators
{
    public static ComparisonOperator Parse(FilterToken token)
    {
        if (token.Kind == FilterTokenKind.End)
        {
            throw ScimErrors.InvalidFilter("an operator is missing at the end of the filter");
        }

        return token.Kind == FilterTokenKind.Word ? Lookup(token.Text) ?? throw Unknown(token) : throw Unknown(token);
    }

    public static bool IsOrdering(ComparisonOperator op) =>
        op is ComparisonOperator.Gt or ComparisonOperator.Ge or ComparisonOperator.Lt or ComparisonOperator.Le;

    public static bool IsSubstring(ComparisonOperator op) =>
        op is ComparisonOperator.Co or ComparisonOperator.Sw or ComparisonOperator.Ew;

    private static ComparisonOperator? Lookup(string text) => text.ToUpperInvariant() switch
    {
        "EQ" => ComparisonOperator.Eq,
        "NE" => ComparisonOperator.Ne,
        "CO" => ComparisonOperator.Co,
        "SW" => ComparisonOperator.Sw,
        "EW" => ComparisonOperator.Ew,
        "GT" => ComparisonOperator.Gt,
        "GE" => ComparisonOperator.Ge,
        "LT" => ComparisonOperator.Lt,
        "LE" => ComparisonOperator.Le,
        _ => null,
    };

    private static ScimException Unknown(FilterToken token) =>
        ScimErrors.InvalidFilter(
            $"expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) but found {token.Describe()}");
}
