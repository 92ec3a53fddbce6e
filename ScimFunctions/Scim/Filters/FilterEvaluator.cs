using System.Text.Json.Nodes;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Filters;

/// <summary>Evaluates a parsed filter against a resource's JSON, honouring <c>caseExact</c>.</summary>
public static class FilterEvaluator
{
    public static bool Matches(FilterNode filter, JsonObject resource, ResourceTypeDefinition resourceType) =>
        Evaluate(filter, FilterScope.ForResource(resource, resourceType));

    /// <summary>
    /// Evaluates a value filter (the part in brackets) against one element of
    /// <paramref name="parent"/>, such as one e-mail or the manager object.
    /// </summary>
    public static bool MatchesElement(FilterNode elementFilter, JsonNode element, AttributeDefinition? parent) =>
        Evaluate(elementFilter, FilterScope.ForElement(element, parent));

    private static bool Evaluate(FilterNode filter, FilterScope scope) => filter switch
    {
        LogicalFilter { Operator: LogicalOperator.And } both =>
            Evaluate(both.Left, scope) && Evaluate(both.Right, scope),
        LogicalFilter either => Evaluate(either.Left, scope) || Evaluate(either.Right, scope),
        NotFilter negation => !Evaluate(negation.Inner, scope),
        PresentFilter present => scope.Values(present.Path).Any(IsPresent),
        ComparisonFilter comparison => Compare(comparison, scope),
        ValuePathFilter valuePath => EvaluateElements(valuePath, scope),
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.GetType().Name, "Unknown filter node."),
    };

    private static bool EvaluateElements(ValuePathFilter valuePath, FilterScope scope)
    {
        var parent = scope.Describe(valuePath.Path);

        return scope.Elements(valuePath.Path)
            .Any(element => Evaluate(valuePath.ElementFilter, FilterScope.ForElement(element, parent)));
    }

    private static bool Compare(ComparisonFilter comparison, FilterScope scope)
    {
        var values = scope.Values(comparison.Path).Where(IsPresent);
        var definition = scope.Describe(comparison.Path);

        // eq null asks for absence and ne null for presence (RFC 7643 §2.5: null is "no value").
        // Otherwise an attribute without a value matches neither eq nor ne, as SQL's NULL does.
        if (comparison.Value is null)
        {
            return comparison.Operator == ComparisonOperator.Eq ? !values.Any() : values.Any();
        }

        return values.Any(value => ValueComparer.Satisfies(value, comparison.Operator, comparison.Value, definition));
    }

    /// <summary>RFC 7644 §3.4.2.2 <c>pr</c>: a value that is not null and not empty.</summary>
    internal static bool IsPresent(JsonNode? value) => value switch
    {
        null => false,
        JsonArray array => array.Any(IsPresent),
        JsonObject json => json.Any(pair => IsPresent(pair.Value)),
        JsonValue scalar => !scalar.TryGetValue<string>(out var text) || text.Length > 0,
        _ => true,
    };
}
