namespace ScimFunctions.Scim.Patch;

/// <summary>
/// What a group PATCH does to the member list, as deltas, so that one member's add or remove
/// never reads or rewrites the whole list.
/// </summary>
public sealed class MemberChanges
{
    /// <summary>True when the list is first emptied (remove of <c>members</c>, or replace), before adds.</summary>
    public bool ClearAll { get; set; }

    /// <summary>Members to add; adding an existing member is a no-op.</summary>
    public List<MemberReference> Added { get; } = [];

    /// <summary>Member ids to remove; removing a non-member is a no-op.</summary>
    public List<string> Removed { get; } = [];

    public bool IsEmpty => !ClearAll && Added.Count == 0 && Removed.Count == 0;
}
