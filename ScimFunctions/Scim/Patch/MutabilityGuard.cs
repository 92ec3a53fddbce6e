using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Patch;

/// <summary>RFC 7643 §2.2 <c>readOnly</c>: id, meta, groups and the like are the service's to set.</summary>
internal static class MutabilityGuard
{
    /// <summary>
    /// True when the operation targets a read-only attribute with the value it already has (a
    /// client resending <c>id</c> in a pathless replace), which is skipped; throws 400
    /// mutability for any other change to a read-only attribute.
    /// </summary>
    public static bool LeavesUnchanged(PatchState state, PatchOp op, PatchPath path, JsonNode? value)
    {
        var readOnly = path.Attribute.Attribute?.Mutability == Mutability.ReadOnly
            || path.Sub?.SubAttribute?.Mutability == Mutability.ReadOnly;
        if (!readOnly)
        {
            return false;
        }

        var container = state.Container(path.Attribute.Path.SchemaUrn, create: false);
        var current = container is null ? null : JsonKeys.Get(container, path.Attribute.Path.Attribute);
        var unchanged = op != PatchOp.Remove && path.Filter is null && path.Sub is null
            && JsonNode.DeepEquals(current, value);
        return unchanged ? true : throw ScimErrors.Mutability(path.Attribute.Path.ToString());
    }
}
