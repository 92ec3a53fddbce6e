using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Json;

namespace ScimFunctions.Scim.Patch;

/// <summary>A PatchOp request body: its operations in the order sent.</summary>
public sealed record PatchDocument(IReadOnlyList<PatchOperation> Operations)
{
    /// <summary>
    /// Reads a PatchOp body. Throws 400 <c>invalidSyntax</c> when the schema URN or the
    /// Operations array is missing, or an op is not add, replace or remove (any letter case).
    /// </summary>
    public static PatchDocument Parse(JsonObject body)
    {
        var schemas = JsonKeys.Get(body, "schemas") as JsonArray;
        if (schemas is null || !schemas.Any(IsPatchOpSchema))
        {
            throw ScimErrors.InvalidSyntax($"A PATCH body must list the schema {ScimJson.PatchOpSchema}.");
        }

        if (JsonKeys.Get(body, "Operations") is not JsonArray { Count: > 0 } operations)
        {
            throw ScimErrors.InvalidSyntax("A PATCH body needs a non-empty Operations array.");
        }

        return new PatchDocument(operations.Select(ReadOperation).ToList());
    }

    private static bool IsPatchOpSchema(JsonNode? schema) =>
        schema is JsonValue value
        && value.TryGetValue<string>(out var urn)
        && urn.Equals(ScimJson.PatchOpSchema, StringComparison.OrdinalIgnoreCase);

    private static PatchOperation ReadOperation(JsonNode? node, int index)
    {
        var number = index + 1;
        if (node is not JsonObject operation)
        {
            throw ScimErrors.InvalidSyntax($"Operation {number} is not a JSON object.");
        }

        var path = JsonKeys.Get(operation, "path");
        var blank = path?.GetValueKind() != JsonValueKind.String || path.GetValue<string>().Trim().Length == 0;
        if (path is not null && blank)
        {
            throw ScimErrors.InvalidSyntax($"Operation {number} has a path that is not a non-empty string.");
        }

        var value = JsonKeys.Get(operation, "value");
        return new PatchOperation(ReadOp(operation, number), path?.GetValue<string>().Trim(), value?.DeepClone());
    }

    // Entra sends "Add", "Replace" and "Remove" capitalised (without the aadOptscim062020 flag),
    // RFC 7644 §3.5.2 writes them in lower case; the op is matched once, here, without regard to case.
    private static PatchOp ReadOp(JsonObject operation, int number)
    {
        var op = JsonKeys.Get(operation, "op") is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : null;
        return op?.Trim().ToUpperInvariant() switch
        {
            "ADD" => PatchOp.Add,
            "REPLACE" => PatchOp.Replace,
            "REMOVE" => PatchOp.Remove,
            _ => throw ScimErrors.InvalidSyntax($"Operation {number} needs an op of add, replace or remove."),
        };
    }
}
