using ScimFunctions.Scim.Patch;

namespace ScimFunctions.Storage;

/// <summary>
/// A group read without its members, and its members to be read one at a time from the same
/// snapshot, so a 50,000-member group is rendered without ever being held in memory. The read
/// stays open until disposed; enumerate <see cref="Members"/> at most once.
/// </summary>
public sealed class GroupRead : IDisposable
{
    private readonly IDisposable _snapshot;

    public GroupRead(StoredResource group, IEnumerable<MemberReference> members, IDisposable snapshot)
    {
        Group = group;
        Members = members;
        _snapshot = snapshot;
    }

    /// <summary>The group, with <see cref="StoredResource.Members"/> null.</summary>
    public StoredResource Group { get; }

    /// <summary>The members in member-id order, as <see cref="IScimRepository.GetAsync"/> returns them.</summary>
    public IEnumerable<MemberReference> Members { get; }

    public void Dispose() => _snapshot.Dispose();
}
