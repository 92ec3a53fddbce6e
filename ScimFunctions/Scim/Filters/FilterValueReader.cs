using System.Globalization;
using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Filters;

/// <summary>
/// Reads the <c>compValue</c> of a comparison and checks it against the attribute's type, so
/// that a filter the evaluator could not answer fails here with 400 <c>invalidFilter</c>.
/// </summary>
internal static class FilterValueReader
{
    /// <summary>
    /// A complex attribute compared to a value means its <c>value</c> sub-attribute (RFC 7643
    /// §2.4); Entra's manager check <c>manager eq "u-1002"</c> relies on it.
    /// </summary>
    public static ResolvedPath ComparisonTarget(ResolvedPath attribute)
    {
        if (attribute.Target is not { Type: AttributeType.Complex } complex)
        {
            return attribute;
        }

        var value = complex.FindSubAttribute("value")
            ?? throw ScimErrors.InvalidFilter(
                $"'{attribute.Path}' is complex; compare one of its sub-attributes instead");
        return attribute.Path.SubAttribute is null
            ? attribute.WithSubAttribute(value)
            : throw ScimErrors.InvalidFilter($"'{attribute.Path}' cannot be compared to a value");
    }

    public static JsonValue? Read(FilterToken token, ResolvedPath target, ComparisonOperator op)
    {
        var literal = ReadLiteral(token, target.Target);
        if (literal is null)
        {
            return op is ComparisonOperator.Eq or ComparisonOperator.Ne
                ? null
                : throw ScimErrors.InvalidFilter($"'{op.ToString().ToLowerInvariant()}' cannot compare with null");
        }

        return target.Target is null ? CheckUntyped(literal, op, target.Path) : CheckTyped(literal, op, target);
    }

    private static JsonValue? ReadLiteral(FilterToken token, AttributeDefinition? definition)
    {
        if (token.Kind == FilterTokenKind.String)
        {
            return JsonValue.Create(token.Text);
        }

        if (token.Kind != FilterTokenKind.Word || token.IsWord("and") || token.IsWord("or") || token.IsWord("not"))
        {
            throw ScimErrors.InvalidFilter($"a comparison value is missing before {token.Describe()}");
        }

        if (token.IsWord("null"))
        {
            return null;
        }

        if (definition?.Type is AttributeType.String or AttributeType.Reference or AttributeType.Binary)
        {
            return BareTokenCompatibility.AsString(token.Text);
        }

        if (token.IsWord("true") || token.IsWord("false"))
        {
            return JsonValue.Create(token.IsWord("true"));
        }

        if (decimal.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return BareTokenCompatibility.AsString(token.Text);
    }

    private static JsonValue CheckUntyped(JsonValue literal, ComparisonOperator op, AttributePath path)
    {
        var isString = literal.TryGetValue<string>(out _);
        if (FilterOperators.IsSubstring(op) && !isString)
        {
            throw ScimErrors.InvalidFilter($"'{op.ToString().ToLowerInvariant()}' on '{path}' needs a string");
        }

        if (FilterOperators.IsOrdering(op) && literal.TryGetValue<bool>(out _))
        {
            throw ScimErrors.InvalidFilter($"'{op.ToString().ToLowerInvariant()}' cannot order booleans");
        }

        return literal;
    }

    private static JsonValue CheckTyped(JsonValue literal, ComparisonOperator op, ResolvedPath target)
    {
        var definition = target.Target!;
        var name = op.ToString().ToLowerInvariant();
        switch (definition.Type)
        {
            case AttributeType.Boolean:
                if (FilterOperators.IsOrdering(op) || FilterOperators.IsSubstring(op))
                {
                    throw ScimErrors.InvalidFilter($"'{name}' cannot be used on the boolean '{target.Path}'");
                }

                return StringBooleanCompatibility.AsBoolean(literal)
                    ?? throw ScimErrors.InvalidFilter($"'{target.Path}' is a boolean: compare it with true or false");
            case AttributeType.DateTime:
                var text = literal.TryGetValue<string>(out var s) ? s : null;
                return text is not null && DateTimeOffset.TryParse(
                        text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
                    ? literal
                    : throw ScimErrors.InvalidFilter($"'{target.Path}' is a dateTime: compare it with a quoted date");
            case AttributeType.Integer or AttributeType.Decimal:
                return literal.TryGetValue<decimal>(out _) && !FilterOperators.IsSubstring(op)
                    ? literal
                    : throw ScimErrors.InvalidFilter($"'{target.Path}' is a number: compare it with a number");
            default:
                return literal.TryGetValue<string>(out _)
                    ? literal
                    : throw ScimErrors.InvalidFilter($"'{target.Path}' is a string: compare it with a quoted string");
        }
    }
}
