using System.Text.Json.Nodes;

namespace ScimFunctions.Scim.Filters;

/// <summary>
/// A parsed RFC 7644 §3.4.2.2 filter. The parser resolves attribute names to their canonical
/// spelling, so evaluators and the SQL translator compare names exactly.
/// </summary>
public abstract record FilterNode;

/// <summary><c>attrPath compareOp compValue</c>. <see cref="Value"/> is null for the JSON literal null.</summary>
public sealed record ComparisonFilter(AttributePath Path, ComparisonOperator Operator, JsonValue? Value) : FilterNode;

/// <summary><c>attrPath pr</c>.</summary>
public sealed record PresentFilter(AttributePath Path) : FilterNode;

/// <summary><c>filter and filter</c>, <c>filter or filter</c>.</summary>
public sealed record LogicalFilter(LogicalOperator Operator, FilterNode Left, FilterNode Right) : FilterNode;

/// <summary><c>not (filter)</c>.</summary>
public sealed record NotFilter(FilterNode Inner) : FilterNode;

/// <summary>
/// <c>attrPath[valFilter]</c>: some element of the multi-valued attribute matches
/// <see cref="ElementFilter"/>, whose paths are relative to the element (<c>type</c>, <c>value</c>).
/// Entra's <c>emails[type eq "work"].value eq "x"</c> parses to the element filter
/// <c>type eq "work" and value eq "x"</c>.
/// </summary>
public sealed record ValuePathFilter(AttributePath Path, FilterNode ElementFilter) : FilterNode;

public enum LogicalOperator
{
    And,
    Or,
}

public enum ComparisonOperator
{
    Eq,
    Ne,
    Co,
    Sw,
    Ew,
    Gt,
    Ge,
    Lt,
    Le,
}
