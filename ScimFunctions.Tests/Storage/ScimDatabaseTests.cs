using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Tests.Storage;

public sealed class ScimDatabaseTests : IDisposable
{
    private readonly TestStore _live = new();
    private readonly TestStore _snapshotSource = new();

    [Fact]
    public async Task ReplaceWithAsync_SnapshotFile_ServesOnlyTheSnapshotsContent()
    {
        // Ann's write stays in the live database's write-ahead log; it must not reach the snapshot.
        await _live.CreateUserAsync("ann@example.com");
        await _snapshotSource.CreateUserAsync("bob@example.com");
        var file = await SnapshotOfSourceAsync();

        await _live.Database.ReplaceWithAsync(file, CancellationToken.None);

        Assert.Equal(["bob@example.com"], UserNames(_live.Database));
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task ReplaceWithAsync_ReadersOpenedBefore_AreNotServedAgain()
    {
        await _snapshotSource.CreateUserAsync("bob@example.com");
        var file = await SnapshotOfSourceAsync();
        var idle = _live.Database.OpenReader();
        idle.Dispose();
        var inUse = _live.Database.OpenReader();

        await _live.Database.ReplaceWithAsync(file, CancellationToken.None);
        inUse.Dispose();

        using var next = _live.Database.OpenReader();
        Assert.NotSame(idle, next);
        Assert.NotSame(inUse, next);
        Assert.Equal(1L, next.Prepared("SELECT COUNT(*) FROM users").ExecuteScalar());
    }

    [Fact]
    public async Task ReplaceWithAsync_SnapshotFile_IsWritableInWalModeAndCountsAsAChange()
    {
        var file = await SnapshotOfSourceAsync();
        var changes = _live.Database.ChangeCount;

        await _live.Database.ReplaceWithAsync(file, CancellationToken.None);

        using var connection = _live.Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
        Assert.Equal(changes + 1, _live.Database.ChangeCount);
        await _live.CreateUserAsync("carol@example.com");
        Assert.Equal(["carol@example.com"], UserNames(_live.Database));
    }

    [Fact]
    public async Task RestoreFromAsync_ConnectionOpenBefore_SeesTheRestoredContent()
    {
        await _live.CreateUserAsync("ann@example.com");
        await _snapshotSource.CreateUserAsync("bob@example.com");
        var file = await SnapshotOfSourceAsync();
        using var reader = _live.Database.OpenReader();

        await _live.Database.RestoreFromAsync(file, CancellationToken.None);

        var command = reader.Prepared("SELECT user_name FROM users");
        Assert.Equal("bob@example.com", command.ExecuteScalar());
    }

    public void Dispose()
    {
        _live.Dispose();
        _snapshotSource.Dispose();
    }

    // Beside the live file, as the restore's work folder is.
    private async Task<string> SnapshotOfSourceAsync()
    {
        var file = Path.Combine(Path.GetDirectoryName(_live.Database.FilePath)!, $"snapshot-{Guid.NewGuid():N}.db");
        await _snapshotSource.Database.SnapshotToAsync(file, CancellationToken.None);
        return file;
    }

    private static List<string> UserNames(ScimDatabase database)
    {
        using var reader = database.OpenReader();
        using var rows = reader.Prepared("SELECT user_name FROM users ORDER BY user_name").ExecuteReader();
        var names = new List<string>();
        while (rows.Read())
        {
            names.Add(rows.GetString(0));
        }

        return names;
    }
}
