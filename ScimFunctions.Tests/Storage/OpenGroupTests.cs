using ScimFunctions.Scim.Patch;
using ScimFunctions.Storage;

namespace ScimFunctions.Tests.Storage;

public sealed class OpenGroupTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task OpenGroupAsync_GroupWithMembers_StreamsWhatGetAsyncReturns()
    {
        var group = (await _store.CreateGroupAsync("Team", [.. _store.SeedUsers(5)])).Id;
        var expected = await _store.Repository.GetAsync(ResourceKind.Group, group, includeMembers: true, CancellationToken.None);

        using var read = await _store.Repository.OpenGroupAsync(group, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Null(read.Group.Members);
        Assert.Equal(expected!.ETag, read.Group.ETag);
        Assert.Equal<MemberReference>(expected.Members!, [.. read.Members]);
    }

    [Fact]
    public async Task OpenGroupAsync_UnknownGroup_IsNull()
    {
        var read = await _store.Repository.OpenGroupAsync("no-such-group", CancellationToken.None);

        Assert.Null(read);
    }

    [Fact]
    public async Task OpenGroupAsync_WriteWhileOpen_MembersComeFromTheSnapshot()
    {
        var users = _store.SeedUsers(3);
        var group = (await _store.CreateGroupAsync("Team", [.. users])).Id;
        using var read = await _store.Repository.OpenGroupAsync(group, CancellationToken.None);

        await _store.Repository.DeleteAsync(ResourceKind.User, users[0], null, CancellationToken.None);

        Assert.Equal(3, read!.Members.Count());
    }
}
