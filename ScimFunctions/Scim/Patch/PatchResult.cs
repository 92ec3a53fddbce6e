using System.Text.Json.Nodes;

namespace ScimFunctions.Scim.Patch;

/// <summary>The patched resource, the member deltas of a group, and a new password if one was set.</summary>
public sealed record PatchResult(JsonObject Resource, MemberChanges Members, string? NewPassword);
