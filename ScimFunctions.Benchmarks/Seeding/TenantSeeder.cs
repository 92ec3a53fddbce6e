namespace ScimFunctions.Benchmarks.Seeding;

/// <summary>Lays a <see cref="TenantLayout"/> into a database through one writer.</summary>
public static class TenantSeeder
{
    public static async Task<SeededTenant> SeedAsync(
        ITenantWriter writer, TenantLayout layout, string tag, string databaseFile, CancellationToken cancellation)
    {
        var ids = await writer.AddUsersAsync(tag, 0, layout.Users, cancellation);
        var names = Enumerable.Range(0, layout.Users).Select(i => UserFactory.UserName(tag, i)).ToArray();

        var big = await writer.AddGroupAsync(TenantLayout.GroupName(tag, 0), ids[..layout.BigGroupMembers], cancellation);
        var small = await writer.AddGroupAsync(TenantLayout.GroupName(tag, 1), ids[..layout.SmallGroupMembers], cancellation);
        var others = new string[Math.Max(0, layout.Groups - 2)];
        for (var g = 0; g < others.Length; g++)
        {
            var members = layout.OtherGroupMembersOf(g).Select(i => ids[i]).ToList();
            others[g] = await writer.AddGroupAsync(TenantLayout.GroupName(tag, g + 2), members, cancellation);
        }

        return new SeededTenant
        {
            Tag = tag,
            DatabaseFile = databaseFile,
            UserIds = ids,
            UserNames = names,
            BigGroupId = big,
            SmallGroupId = small,
            OtherGroupIds = others,
            MemberCandidates = layout.MemberCandidates,
            DeletePool = layout.DeletePoolRange,
        };
    }
}
