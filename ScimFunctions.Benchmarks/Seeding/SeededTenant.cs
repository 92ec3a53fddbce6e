namespace ScimFunctions.Benchmarks.Seeding;

/// <summary>
/// What a seeded database holds, as the figures need it: user ids and names by index, the big and
/// the small group, and the index ranges reserved for deletes and for member add/remove.
/// </summary>
public sealed class SeededTenant
{
    public required string Tag { get; init; }

    public required string DatabaseFile { get; init; }

    public required string[] UserIds { get; init; }

    public required string[] UserNames { get; init; }

    public required string BigGroupId { get; init; }

    public required string SmallGroupId { get; init; }

    public required string[] OtherGroupIds { get; init; }

    /// <summary>Users in no seeded group and never deleted: the members that figures add and remove.</summary>
    public required Range MemberCandidates { get; init; }

    /// <summary>Users that the DELETE figure may remove; lookups never ask for them.</summary>
    public required Range DeletePool { get; init; }

    /// <summary>Users that lookups ask for (everyone outside the delete pool).</summary>
    public Range Readable => new(0, DeletePool.Start);
}
