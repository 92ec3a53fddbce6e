using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Patch;

/// <summary>Applies a PATCH to a resource's JSON, all operations or none.</summary>
public static class PatchApplier
{
    /// <summary>
    /// Applies <paramref name="patch"/> to a copy of <paramref name="resource"/> and returns it.
    /// For groups, <paramref name="resource"/> carries no <c>members</c>: operations on members
    /// are returned as <see cref="PatchResult.Members"/> deltas instead of being applied.
    /// Throws a ScimException (400 with invalidPath, noTarget, invalidValue or mutability) naming
    /// the failing operation; the input is never modified.
    /// </summary>
    public static PatchResult Apply(JsonObject resource, PatchDocument patch, ResourceTypeDefinition resourceType)
    {
        // RFC 7644 §3.5.2 makes a PATCH atomic: every operation works on one copy, which is only
        // handed back once all of them have succeeded.
        var state = new PatchState(resource.DeepClone().AsObject(), resourceType);
        for (var index = 0; index < patch.Operations.Count; index++)
        {
            var operation = patch.Operations[index];
            try
            {
                PatchOperationRunner.Run(state, operation);
            }
            catch (ScimException error)
            {
                throw ScimErrors.PatchOperationFailed(
                    index + 1, operation.Op.ToString().ToLowerInvariant(), operation.Path, error);
            }
        }

        return new PatchResult(state.Resource, state.Members, state.NewPassword);
    }
}
