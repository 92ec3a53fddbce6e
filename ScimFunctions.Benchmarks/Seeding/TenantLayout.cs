namespace ScimFunctions.Benchmarks.Seeding;

/// <summary>
/// Who belongs where. Users [0, big) form the big group, the first ten also the small group; the
/// other groups take a stride through the same range; the last users are the delete pool.
/// </summary>
public sealed record TenantLayout(int Users, int Groups, int BigGroupMembers, int SmallGroupMembers, int DeletePool)
{
    public const int OtherGroupMembers = 20;

    public static TenantLayout From(BenchSize size) =>
        new(size.Users, size.Groups, size.BigGroupMembers, size.SmallGroupMembers, size.DeletePool);

    public Range MemberCandidates => new(BigGroupMembers, Users - DeletePool);

    public Range DeletePoolRange => new(Users - DeletePool, Users);

    /// <summary>The user indexes of the i-th ordinary group (i counts from zero).</summary>
    public IEnumerable<int> OtherGroupMembersOf(int group) =>
        Enumerable.Range(0, OtherGroupMembers).Select(k => ((group * 37) + (k * 101)) % BigGroupMembers).Distinct();

    public static string GroupName(string tag, int group) => $"Team {group:D4} {tag}";
}
