using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Filters;

/// <summary>
/// One stored value against one filter literal: strings by <c>caseExact</c>, dateTimes as
/// instants, numbers as numbers and booleans by equality (RFC 7644 §3.4.2.2).
/// </summary>
internal static class ValueComparer
{
    public static bool Satisfies(
        JsonNode? actual,
        ComparisonOperator op,
        JsonValue expected,
        AttributeDefinition? definition)
    {
        if (actual is not JsonValue value)
        {
            return false;
        }

        if (definition?.Type == AttributeType.DateTime && Instant(value) is { } left && Instant(expected) is { } right)
        {
            return Order(left.CompareTo(right), op);
        }

        var isBoolean = expected.GetValueKind() is JsonValueKind.True or JsonValueKind.False;
        if (isBoolean && StringBooleanCompatibility.AsBoolean(expected) is { } flag)
        {
            var stored = StringBooleanCompatibility.AsBoolean(value);
            var equal = stored is not null && stored.GetValue<bool>() == flag.GetValue<bool>();
            return op == ComparisonOperator.Ne ? stored is not null && !equal : op == ComparisonOperator.Eq && equal;
        }

        if (expected.TryGetValue<decimal>(out var number) && Number(value) is { } storedNumber)
        {
            return Order(storedNumber.CompareTo(number), op);
        }

        return expected.TryGetValue<string>(out var text) && CompareText(Text(value), op, text, definition);
    }

    private static bool CompareText(
        string actual,
        ComparisonOperator op,
        string expected,
        AttributeDefinition? definition)
    {
        var comparison = definition?.CaseExact == true ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return op switch
        {
            ComparisonOperator.Co => actual.Contains(expected, comparison),
            ComparisonOperator.Sw => actual.StartsWith(expected, comparison),
            ComparisonOperator.Ew => actual.EndsWith(expected, comparison),
            _ => Order(string.Compare(actual, expected, comparison), op),
        };
    }

    private static bool Order(int sign, ComparisonOperator op) => op switch
    {
        ComparisonOperator.Eq => sign == 0,
        ComparisonOperator.Ne => sign != 0,
        ComparisonOperator.Gt => sign > 0,
        ComparisonOperator.Ge => sign >= 0,
        ComparisonOperator.Lt => sign < 0,
        ComparisonOperator.Le => sign <= 0,
        _ => false,
    };

    private static DateTimeOffset? Instant(JsonValue value) =>
        value.TryGetValue<string>(out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;

    private static decimal? Number(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var number) ? number : null;

    private static string Text(JsonValue value) =>
        value.TryGetValue<string>(out var text) ? text : value.ToJsonString();
}
