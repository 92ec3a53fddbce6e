using System.Text.Json.Nodes;

namespace ScimFunctions.Scim.Patch;

/// <summary>A PatchOp request body: its operations in the order sent.</summary>
public sealed record PatchDocument(IReadOnlyList<PatchOperation> Operations)
{
    /// <summary>
    /// Reads a PatchOp body. Throws 400 <c>invalidSyntax</c> when the schema URN or the
    /// Operations array is missing, or an op is not add, replace or remove (any letter case).
    /// </summary>
    public static PatchDocument Parse(JsonObject body) =>
        throw new NotImplementedException("TODO(#2): PatchOp body reader");
}
