using System.Text.Json.Nodes;
using ScimFunctions.Scim.Patch;

namespace ScimFunctions.Storage;

/// <summary>
/// A stored resource: its canonical JSON (without <c>id</c>, <c>meta</c> and <c>members</c>),
/// its server-set fields, and its members when they were asked for.
/// </summary>
public sealed record StoredResource(
    ResourceKind Kind,
    string Id,
    JsonObject Data,
    DateTimeOffset Created,
    DateTimeOffset LastModified,
    long Version,
    IReadOnlyList<MemberReference>? Members)
{
    /// <summary>The weak ETag of this version, as sent in <c>ETag</c> and <c>meta.version</c>.</summary>
    public string ETag => $"W/\"{Version}\"";
}
