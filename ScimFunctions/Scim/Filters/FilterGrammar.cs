using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Filters;

/// <summary>
/// Recursive-descent parser of the RFC 7644 §3.4.2.2 grammar: <c>or</c> binds loosest, then
/// <c>and</c>, then <c>not</c>, parentheses and attribute expressions.
/// </summary>
internal sealed class FilterGrammar(List<FilterToken> tokens, ResourceTypeDefinition resourceType)
{
    private int _position;
    private int _depth;

    /// <summary>The multi-valued attribute whose value filter is being read; null outside brackets.</summary>
    private ResolvedPath? _element;

    private FilterToken Current => tokens[_position];

    public FilterNode ParseWhole()
    {
        var node = ParseOr();
        if (Current.Kind != FilterTokenKind.End)
        {
            throw ScimErrors.InvalidFilter($"unexpected {Current.Describe()}");
        }

        return node;
    }

    /// <summary>Parses a whole value filter relative to <paramref name="parent"/> (a PATCH path's brackets).</summary>
    public FilterNode ParseWholeElementFilter(ResolvedPath parent)
    {
        _element = parent;
        return ParseWhole();
    }

    private FilterNode ParseOr()
    {
        var left = ParseAnd();
        while (Current.IsWord("or"))
        {
            _position++;
            left = new LogicalFilter(LogicalOperator.Or, left, ParseAnd());
        }

        return left;
    }

    private FilterNode ParseAnd()
    {
        var left = ParseUnary();
        while (Current.IsWord("and"))
        {
            _position++;
            left = new LogicalFilter(LogicalOperator.And, left, ParseUnary());
        }

        return left;
    }

    private FilterNode ParseUnary()
    {
        if (++_depth > FilterLimits.MaxDepth)
        {
            throw ScimErrors.InvalidFilter($"it nests deeper than {FilterLimits.MaxDepth} levels");
        }

        FilterNode node;
        if (Current.IsWord("not"))
        {
            _position++;
            Expect(FilterTokenKind.OpenParen, "'(' after 'not'");
            node = new NotFilter(ParseGroup());
        }
        else if (Current.Kind == FilterTokenKind.OpenParen)
        {
            _position++;
            node = ParseGroup();
        }
        else
        {
            node = ParseAttributeExpression();
        }

        _depth--;
        return node;
    }

    private FilterNode ParseGroup()
    {
        var inner = ParseOr();
        Expect(FilterTokenKind.CloseParen, "')'");
        return inner;
    }

    private FilterNode ParseAttributeExpression()
    {
        var name = Current;
        if (name.Kind != FilterTokenKind.Word || name.IsWord("and") || name.IsWord("or"))
        {
            throw ScimErrors.InvalidFilter($"expected an attribute name but found {name.Describe()}");
        }

        _position++;
        var attribute = Resolve(name.Text);
        return Current.Kind == FilterTokenKind.OpenBracket
            ? ParseValuePath(attribute)
            : ParseComparison(attribute);
    }

    private ValuePathFilter ParseValuePath(ResolvedPath attribute)
    {
        if (_element is not null)
        {
            throw ScimErrors.InvalidFilter("a value filter cannot contain another value filter");
        }

        if (attribute.Path.SubAttribute is not null || attribute.Attribute is { Type: not AttributeType.Complex })
        {
            throw ScimErrors.InvalidFilter($"'{attribute.Path}' is not a complex attribute, so it takes no [filter]");
        }

        _position++;
        _element = attribute;
        var elementFilter = ParseOr();
        Expect(FilterTokenKind.CloseBracket, "']' to close the value filter");

        // Entra writes emails[type eq "work"].value eq "x"; it means one element satisfying both.
        if (Current.Kind == FilterTokenKind.Word && Current.Text.StartsWith('.'))
        {
            var sub = Resolve(Current.Text[1..]);
            _position++;
            elementFilter = new LogicalFilter(LogicalOperator.And, elementFilter, ParseComparison(sub));
        }

        _element = null;
        return new ValuePathFilter(attribute.Path, elementFilter);
    }

    private FilterNode ParseComparison(ResolvedPath attribute)
    {
        var operatorToken = Current;
        if (operatorToken.IsWord("pr"))
        {
            _position++;
            return new PresentFilter(attribute.Path);
        }

        var op = FilterOperators.Parse(operatorToken);
        _position++;
        var target = FilterValueReader.ComparisonTarget(attribute);
        var value = FilterValueReader.Read(Current, target, op);
        _position++;
        return new ComparisonFilter(target.Path, op, value);
    }

    private ResolvedPath Resolve(string name)
    {
        var resolved = _element is null
            ? AttributeResolver.TryResolve(name, resourceType, out var error)
            : AttributeResolver.TryResolveElement(name, _element.Attribute, out error);
        return resolved ?? throw ScimErrors.InvalidFilter(error);
    }

    private void Expect(FilterTokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw ScimErrors.InvalidFilter($"expected {what} but found {Current.Describe()}");
        }

        _position++;
    }
}
