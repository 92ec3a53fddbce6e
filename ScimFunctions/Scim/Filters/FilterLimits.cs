namespace ScimFunctions.Scim.Filters;

/// <summary>
/// Bounds on what a filter may cost. Entra's filters are a few dozen characters; the limits
/// stop a hostile query from exhausting the stack or the SQL translator.
/// </summary>
public static class FilterLimits
{
    public const int MaxLength = 4096;

    /// <summary>How deeply parentheses, <c>not</c> and value filters may nest.</summary>
    public const int MaxDepth = 32;
}
