using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Filters;

/// <summary>Parses the RFC 7644 §3.4.2.2 filter grammar against a resource type.</summary>
public static class FilterParser
{
    /// <summary>
    /// Parses <paramref name="filter"/>; attribute names resolve without regard to case to their
    /// canonical spelling. Throws a 400 <c>invalidFilter</c> ScimException for anything it cannot
    /// parse or evaluate (unknown attribute of a known schema, bad operator, bad literal).
    /// </summary>
    public static FilterNode Parse(string filter, ResourceTypeDefinition resourceType) =>
        throw new NotImplementedException("TODO(#2): filter parser");
}
