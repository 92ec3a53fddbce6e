using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Patch.Compatibility;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Patch;

/// <summary>Routes one operation: pathless, whole extension, members, password or an attribute.</summary>
internal static class PatchOperationRunner
{
    public static void Run(PatchState state, PatchOperation operation)
    {
        if (operation.Path is null)
        {
            RunPathless(state, operation);
            return;
        }

        if (state.ResourceType.FindExtension(operation.Path) is { } extension)
        {
            RunOnExtension(state, operation, extension);
            return;
        }

        var path = PatchPathParser.Parse(operation.Path, state.ResourceType);
        RunOnPath(state, operation.Op, path, operation.Value);
    }

    private static void RunPathless(PatchState state, PatchOperation operation)
    {
        if (operation.Op == PatchOp.Remove)
        {
            throw ScimErrors.RemoveNeedsPath();
        }

        var value = operation.Value as JsonObject ?? throw ScimErrors.InvalidValue(
            "An operation without a path needs an object of attributes as its value.");
        foreach (var (key, item) in PathlessKeysCompatibility.Expand(value, state.ResourceType))
        {
            RunOnPath(state, operation.Op, PatchPathParser.Parse(key, state.ResourceType), item);
        }
    }

    private static void RunOnExtension(PatchState state, PatchOperation operation, SchemaDefinition extension)
    {
        if (operation.Op == PatchOp.Remove)
        {
            state.Container(extension.Id, create: false)?.Clear();
            state.DropIfEmpty(extension.Id);
            return;
        }

        var value = operation.Value as JsonObject
            ?? throw ScimErrors.InvalidValue($"The value for {extension.Id} must be an object of its attributes.");
        foreach (var (key, item) in value.ToList())
        {
            RunOnPath(state, operation.Op, PatchPathParser.Parse($"{extension.Id}:{key}", state.ResourceType), item);
        }
    }

    private static void RunOnPath(PatchState state, PatchOp op, PatchPath path, JsonNode? value)
    {
        if (MemberPatch.Targets(path, state.ResourceType))
        {
            MemberPatch.Apply(state.Members, op, path, value);
            return;
        }

        if (path.Attribute.Attribute?.Mutability == Mutability.WriteOnly)
        {
            state.NewPassword = WriteOnlyValue(op, path, value);
            return;
        }

        if (MutabilityGuard.LeavesUnchanged(state, op, path, value))
        {
            return;
        }

        if (op == PatchOp.Remove)
        {
            AttributeRemover.Remove(state, path, value);
        }
        else
        {
            AttributeWriter.Write(state, op, path, value);
        }
    }

    // password is the only write-only attribute; it never enters the JSON that is stored.
    private static string WriteOnlyValue(PatchOp op, PatchPath path, JsonNode? value)
    {
        if (op == PatchOp.Remove || path.Filter is not null || path.Sub is not null)
        {
            throw ScimErrors.InvalidValue($"'{path.Attribute.Path}' can be set, but not removed or filtered.");
        }

        return value is JsonValue scalar && scalar.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : throw ScimErrors.InvalidValue($"'{path.Attribute.Path}' must be a non-empty string.");
    }
}
