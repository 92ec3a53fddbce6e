using ScimFunctions.Scim.Patch;

namespace ScimFunctions.Storage;

/// <summary>
/// The narrow storage interface the endpoints use. It speaks canonical SCIM JSON and parsed
/// filters, not SQL, so that another engine can implement it later.
/// </summary>
public interface IScimRepository
{
    /// <summary>Reads one resource; members only when asked, so a large group is cheap to read.</summary>
    Task<StoredResource?> GetAsync(ResourceKind kind, string id, bool includeMembers, CancellationToken cancellation);

    /// <summary>
    /// Opens a group for streaming: the group now, its members read lazily from the same
    /// snapshot. Null when there is no such group. Dispose the result to end the read.
    /// </summary>
    Task<GroupRead?> OpenGroupAsync(string id, CancellationToken cancellation);

    /// <summary>Filters, counts, sorts and pages inside the query; <c>TotalResults</c> counts every match.</summary>
    Task<ResourcePage> QueryAsync(ResourceKind kind, ResourceQuery query, CancellationToken cancellation);

    /// <summary>Creates a resource. Throws 409 uniqueness on a duplicate userName (users) or displayName (groups).</summary>
    Task<StoredResource> CreateAsync(ResourceKind kind, NewResource resource, CancellationToken cancellation);

    /// <summary>
    /// Reads, edits and writes one resource inside a single write transaction, so the edit sees
    /// the latest state. <paramref name="ifMatch"/> (an ETag) is checked before the edit runs
    /// (412 on mismatch). Throws 404 when the resource does not exist.
    /// </summary>
    Task<ResourceUpdate> UpdateAsync(
        ResourceKind kind,
        string id,
        string? ifMatch,
        Func<StoredResource, ResourceEdit> edit,
        CancellationToken cancellation);

    /// <summary>Deletes a resource (and its memberships); returns what was deleted. 404 when absent.</summary>
    Task<StoredResource> DeleteAsync(ResourceKind kind, string id, string? ifMatch, CancellationToken cancellation);

    /// <summary>The groups a resource is a direct member of (for the User <c>groups</c> attribute).</summary>
    Task<IReadOnlyList<MemberReference>> GetGroupsOfMemberAsync(string memberId, CancellationToken cancellation);

    /// <summary>How many users and groups are stored.</summary>
    Task<ResourceCounts> CountAsync(CancellationToken cancellation);
}
