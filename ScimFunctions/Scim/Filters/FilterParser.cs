using ScimFunctions.Scim.Errors;
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
    public static FilterNode Parse(string filter, ResourceTypeDefinition resourceType)
    {
        var tokens = Tokenize(filter);

        return new FilterGrammar(tokens, resourceType).ParseWhole();
    }

    /// <summary>
    /// Parses the filter inside a PATCH path's brackets (<c>emails[type eq "work"]</c>): its
    /// paths are relative to an element of <paramref name="parent"/>.
    /// </summary>
    public static FilterNode ParseElementFilter(
        string filter,
        ResolvedPath parent,
        ResourceTypeDefinition resourceType)
    {
        var tokens = Tokenize(filter);

        return new FilterGrammar(tokens, resourceType).ParseWholeElementFilter(parent);
    }

    private static List<FilterToken> Tokenize(string filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            throw ScimErrors.InvalidFilter("it is empty");
        }

        if (filter.Length > FilterLimits.MaxLength)
        {
            throw ScimErrors.InvalidFilter($"it is longer than {FilterLimits.MaxLength} characters");
        }

        return FilterLexer.Tokenize(filter);
    }
}
