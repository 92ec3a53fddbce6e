namespace ScimFunctions.Scim.Patch;

/// <summary>
/// Keeps <see cref="MemberChanges"/> the net effect of the operations in order: an id is never
/// both added and removed, so the store may apply ClearAll, then Removed, then Added.
/// </summary>
internal static class MemberDeltas
{
    public static void Add(this MemberChanges changes, MemberReference member)
    {
        changes.Removed.Remove(member.Value);
        if (!changes.Added.Any(added => added.Value == member.Value))
        {
            changes.Added.Add(member);
        }
    }

    public static void Remove(this MemberChanges changes, string id)
    {
        changes.Added.RemoveAll(added => added.Value == id);
        if (!changes.Removed.Contains(id))
        {
            changes.Removed.Add(id);
        }
    }

    public static void Clear(this MemberChanges changes)
    {
        changes.Added.Clear();
        changes.Removed.Clear();
        changes.ClearAll = true;
    }
}
