using System.Text.Json.Nodes;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Patch;

namespace ScimFunctions.Storage;

/// <summary>A resource to create: canonical JSON, the members of a group, a password to hash.</summary>
public sealed record NewResource(JsonObject Data, IReadOnlyList<MemberReference>? Members, string? Password);

/// <summary>
/// What an update writes: the new canonical JSON, the member deltas of a group (null for none),
/// and a new password to hash (null to keep the current one).
/// </summary>
public sealed record ResourceEdit(JsonObject Data, MemberChanges? Members, string? NewPassword);

/// <summary>The resource before and after an update, and the member ids really added or removed.</summary>
public sealed record ResourceUpdate(
    StoredResource Before,
    StoredResource After,
    IReadOnlyList<string> MembersAdded,
    IReadOnlyList<string> MembersRemoved);

/// <summary>A list query. <see cref="StartIndex"/> is 1-based; a <see cref="Count"/> of 0 returns only the total.</summary>
public sealed record ResourceQuery(
    FilterNode? Filter,
    int StartIndex,
    int Count,
    bool IncludeMembers,
    AttributePath? SortBy = null,
    bool SortDescending = false);

public sealed record ResourcePage(int TotalResults, IReadOnlyList<StoredResource> Resources);

public sealed record ResourceCounts(long Users, long Groups);
