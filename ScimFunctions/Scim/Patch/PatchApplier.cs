using System.Text.Json.Nodes;
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
    public static PatchResult Apply(JsonObject resource, PatchDocument patch, ResourceTypeDefinition resourceType) =>
        throw new NotImplementedException("TODO(#2): PATCH engine");
}
