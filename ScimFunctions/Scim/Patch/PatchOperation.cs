using System.Text.Json.Nodes;

namespace ScimFunctions.Scim.Patch;

/// <summary>One RFC 7644 §3.5.2 operation; <see cref="Op"/> is already matched without regard to case.</summary>
public sealed record PatchOperation(PatchOp Op, string? Path, JsonNode? Value);

public enum PatchOp
{
    Add,
    Replace,
    Remove,
}
