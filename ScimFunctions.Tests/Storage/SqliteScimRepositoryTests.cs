using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Storage;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Tests.Storage;

public sealed class SqliteScimRepositoryTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Create_User_AssignsGuidTimestampsAndVersionOne()
    {
        var created = await _store.CreateUserAsync("user.one@example.com");

        Assert.True(Guid.TryParse(created.Id, out _));
        Assert.Equal(_store.Time.GetUtcNow(), created.Created);
        Assert.Equal(created.Created, created.LastModified);
        Assert.Equal(1, created.Version);
        Assert.Equal("W/\"1\"", created.ETag);
        var read = await _store.Repository.GetAsync(ResourceKind.User, created.Id, false, default);
        Assert.Equal("user.one@example.com", (string?)read!.Data["userName"]);
        Assert.Equal(created.Created, read.Created);
    }

    [Fact]
    public async Task Create_UserNameCaseVariant_ThrowsUniqueness()
    {
        // B-23, E-17
        await _store.CreateUserAsync("user.one@example.com");

        var error = await Assert.ThrowsAsync<ScimException>(() => _store.CreateUserAsync("User.One@Example.COM"));

        Assert.Equal(409, error.Status);
        Assert.Equal(ScimType.Uniqueness, error.ScimType);
        Assert.Equal(1, (await _store.Repository.CountAsync(default)).Users);
    }

    [Fact]
    public async Task Create_GroupDisplayNameCaseVariant_ThrowsUniqueness()
    {
        // E-39
        await _store.CreateGroupAsync("Team Alpha");

        var error = await Assert.ThrowsAsync<ScimException>(() => _store.CreateGroupAsync("team alpha"));

        Assert.Equal(409, error.Status);
        Assert.Equal(ScimType.Uniqueness, error.ScimType);
    }

    [Fact]
    public async Task Create_SameExternalIdTwice_BothStored()
    {
        await _store.CreateUserAsync("a@example.com", externalId: "shared");

        await _store.CreateUserAsync("b@example.com", externalId: "shared");

        Assert.Equal(2, (await _store.Repository.CountAsync(default)).Users);
    }

    [Fact]
    public async Task Create_WithPassword_StoresOnlyAVerifiableHash()
    {
        var user = TestStore.User("user.one@example.com");

        var created = await _store.Repository.CreateAsync(ResourceKind.User, new NewResource(user, null, "S3cret!pass"), default);

        using var connection = _store.Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT password_hash, data FROM users WHERE id = @id";
        command.Parameters.AddWithValue("@id", created.Id);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var hash = reader.GetString(0);
        Assert.DoesNotContain("S3cret!pass", hash, StringComparison.Ordinal);
        Assert.DoesNotContain("S3cret!pass", reader.GetString(1), StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify("S3cret!pass", hash));
        Assert.False(PasswordHasher.Verify("other", hash));
    }

    [Fact]
    public async Task Update_ChangedData_IncrementsVersionAndLastModified()
    {
        var created = await _store.CreateUserAsync("user.one@example.com");
        _store.Time.Advance(TimeSpan.FromMinutes(5));

        var update = await _store.Repository.UpdateAsync(ResourceKind.User, created.Id, created.ETag, before =>
        {
            var data = (JsonObject)before.Data.DeepClone();
            data["nickName"] = "Nick";
            return new ResourceEdit(data, null, null);
        }, default);

        Assert.Equal(2, update.After.Version);
        Assert.Equal(created.Created.AddMinutes(5), update.After.LastModified);
        Assert.Equal(created.Created, update.After.Created);
        var read = await _store.Repository.GetAsync(ResourceKind.User, created.Id, false, default);
        Assert.Equal("Nick", (string?)read!.Data["nickName"]);
        Assert.Equal(2, read.Version);
    }

    [Fact]
    public async Task Update_NothingChanged_KeepsVersion()
    {
        var created = await _store.CreateUserAsync("user.one@example.com");

        var update = await _store.Repository.UpdateAsync(
            ResourceKind.User, created.Id, null, before => new ResourceEdit(before.Data, null, null), default);

        Assert.Equal(1, update.After.Version);
    }

    [Fact]
    public async Task Update_StaleIfMatch_ThrowsPreconditionFailedWithoutEditing()
    {
        var created = await _store.CreateUserAsync("user.one@example.com");
        var edited = false;

        var error = await Assert.ThrowsAsync<ScimException>(() => _store.Repository.UpdateAsync(
            ResourceKind.User, created.Id, "W/\"7\"", before =>
            {
                edited = true;
                return new ResourceEdit(before.Data, null, null);
            }, default));

        Assert.Equal(412, error.Status);
        Assert.False(edited);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"1\"")]
    [InlineData("W/\"9\", W/\"1\"")]
    public void ETagMatcher_WeakComparison_Matches(string ifMatch)
    {
        var resource = new StoredResource(ResourceKind.User, "x", [], default, default, 1, null);

        var matches = ETagMatcher.Matches(ifMatch, resource);

        Assert.True(matches);
    }

    [Fact]
    public async Task Update_RenameToExistingUserNameInOtherCase_ThrowsUniquenessAndKeepsOldName()
    {
        // E-20
        await _store.CreateUserAsync("taken@example.com");
        var user = await _store.CreateUserAsync("user.one@example.com");

        var error = await Assert.ThrowsAsync<ScimException>(() => _store.Repository.UpdateAsync(
            ResourceKind.User, user.Id, null, _ => new ResourceEdit(TestStore.User("TAKEN@example.com"), null, null), default));

        Assert.Equal(409, error.Status);
        var read = await _store.Repository.GetAsync(ResourceKind.User, user.Id, false, default);
        Assert.Equal("user.one@example.com", (string?)read!.Data["userName"]);
    }

    [Fact]
    public async Task Update_Absent_ThrowsNotFound()
    {
        var error = await Assert.ThrowsAsync<ScimException>(() => _store.Repository.UpdateAsync(
            ResourceKind.Group, "nope", null, before => new ResourceEdit(before.Data, null, null), default));

        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task Delete_Twice_SecondThrowsNotFound()
    {
        var user = await _store.CreateUserAsync("user.one@example.com");

        await _store.Repository.DeleteAsync(ResourceKind.User, user.Id, null, default);
        var error = await Assert.ThrowsAsync<ScimException>(
            () => _store.Repository.DeleteAsync(ResourceKind.User, user.Id, null, default));

        Assert.Equal(404, error.Status);
        Assert.Null(await _store.Repository.GetAsync(ResourceKind.User, user.Id, false, default));
    }

    [Fact]
    public async Task Delete_Member_LeavesItsGroupsAndBumpsTheirVersion()
    {
        var one = await _store.CreateUserAsync("one@example.com");
        var two = await _store.CreateUserAsync("two@example.com");
        var group = await _store.CreateGroupAsync("Team", one.Id, two.Id);

        await _store.Repository.DeleteAsync(ResourceKind.User, one.Id, null, default);

        var read = await _store.Repository.GetAsync(ResourceKind.Group, group.Id, true, default);
        Assert.Equal([two.Id], read!.Members!.Select(member => member.Value));
        Assert.Equal(2, read.Version);
    }

    [Fact]
    public async Task Create_GroupWithUnknownMember_ThrowsInvalidValueNamingItAndStoresNothing()
    {
        // B-29
        var one = await _store.CreateUserAsync("one@example.com");

        var error = await Assert.ThrowsAsync<ScimException>(() => _store.CreateGroupAsync("Team", one.Id, "u-unknown"));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimType.InvalidValue, error.ScimType);
        Assert.Contains("'u-unknown'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await _store.Repository.CountAsync(default)).Groups);
    }

    [Fact]
    public async Task Update_AddKnownAndUnknownMember_RejectsAtomically()
    {
        // B-29
        var one = await _store.CreateUserAsync("one@example.com");
        var group = await _store.CreateGroupAsync("Team");
        var changes = new MemberChanges();
        changes.Added.Add(new MemberReference(one.Id));
        changes.Added.Add(new MemberReference("u-unknown"));

        var error = await Assert.ThrowsAsync<ScimException>(() => _store.Repository.UpdateAsync(
            ResourceKind.Group, group.Id, null, before => new ResourceEdit(before.Data, changes, null), default));

        Assert.Equal(400, error.Status);
        var read = await _store.Repository.GetAsync(ResourceKind.Group, group.Id, true, default);
        Assert.Empty(read!.Members!);
        Assert.Equal(1, read.Version);
    }

    [Fact]
    public async Task Update_ReAddExistingMemberAndRemoveNonMember_ChangesNothing()
    {
        // B-01, E-41, E-43
        var one = await _store.CreateUserAsync("one@example.com");
        var group = await _store.CreateGroupAsync("Team", one.Id);
        var changes = new MemberChanges();
        changes.Added.Add(new MemberReference(one.Id));
        changes.Removed.Add("not-a-member");

        var update = await _store.Repository.UpdateAsync(
            ResourceKind.Group, group.Id, null, before => new ResourceEdit(before.Data, changes, null), default);

        Assert.Empty(update.MembersAdded);
        Assert.Empty(update.MembersRemoved);
        Assert.Equal(1, update.After.Version);
        var read = await _store.Repository.GetAsync(ResourceKind.Group, group.Id, true, default);
        Assert.Single(read!.Members!);
    }

    [Fact]
    public async Task Update_ReplaceMembers_ReportsOnlyTheRealDifference()
    {
        var one = await _store.CreateUserAsync("one@example.com");
        var two = await _store.CreateUserAsync("two@example.com");
        var three = await _store.CreateUserAsync("three@example.com");
        var group = await _store.CreateGroupAsync("Team", one.Id, two.Id);
        var changes = new MemberChanges { ClearAll = true };
        changes.Added.Add(new MemberReference(two.Id));
        changes.Added.Add(new MemberReference(three.Id));

        var update = await _store.Repository.UpdateAsync(
            ResourceKind.Group, group.Id, null, before => new ResourceEdit(before.Data, changes, null), default);

        Assert.Equal([three.Id], update.MembersAdded);
        Assert.Equal([one.Id], update.MembersRemoved);
        var groups = await _store.Repository.GetGroupsOfMemberAsync(two.Id, default);
        Assert.Equal(new MemberReference(group.Id, "direct", "Team"), Assert.Single(groups));
    }

    [Fact]
    public async Task Update_GroupAsMemberOfItself_ThrowsInvalidValue()
    {
        var group = await _store.CreateGroupAsync("Team");
        var changes = new MemberChanges();
        changes.Added.Add(new MemberReference(group.Id));

        var error = await Assert.ThrowsAsync<ScimException>(() => _store.Repository.UpdateAsync(
            ResourceKind.Group, group.Id, null, before => new ResourceEdit(before.Data, changes, null), default));

        Assert.Equal(ScimType.InvalidValue, error.ScimType);
    }

    [Fact]
    public async Task Update_OneMemberOfFiftyThousand_TouchesOnlyThatMember()
    {
        // B-31: a single add or remove is a delta; the other 50,000 rows stay as they are.
        var ids = _store.SeedUsers(50_001);
        var group = await _store.CreateGroupAsync("All Staff", [.. ids.Take(50_000)]);
        var add = new MemberChanges();
        add.Added.Add(new MemberReference(ids[50_000]));
        var remove = new MemberChanges();
        remove.Removed.Add(ids[7]);

        var added = await _store.Repository.UpdateAsync(
            ResourceKind.Group, group.Id, null, before => new ResourceEdit(before.Data, add, null), default);
        var removed = await _store.Repository.UpdateAsync(
            ResourceKind.Group, group.Id, null, before => new ResourceEdit(before.Data, remove, null), default);

        Assert.Equal([ids[50_000]], added.MembersAdded);
        Assert.Equal([ids[7]], removed.MembersRemoved);
        Assert.Null(removed.Before.Members);
        var read = await _store.Repository.GetAsync(ResourceKind.Group, group.Id, true, default);
        Assert.Equal(50_000, read!.Members!.Count);
        Assert.DoesNotContain(read.Members, member => member.Value == ids[7]);
        Assert.Null((await _store.Repository.GetAsync(ResourceKind.Group, group.Id, false, default))!.Members);
    }
}
