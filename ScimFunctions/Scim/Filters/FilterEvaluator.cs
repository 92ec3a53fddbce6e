using System.Text.Json.Nodes;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Filters;

/// <summary>Evaluates a parsed filter against a resource's JSON, honouring <c>caseExact</c>.</summary>
public static class FilterEvaluator
{
    public static bool Matches(FilterNode filter, JsonObject resource, ResourceTypeDefinition resourceType) =>
        throw new NotImplementedException("TODO(#2): filter evaluator");
}
