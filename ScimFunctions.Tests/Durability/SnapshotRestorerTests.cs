using System.Text.Json;
using ScimFunctions.Durability;
using ScimFunctions.Durability.Restore;
using ScimFunctions.Durability.Snapshots;

namespace ScimFunctions.Tests.Durability;

public sealed class SnapshotRestorerTests
{
    [Fact]
    public async Task RestoreNewestAsync_OnNewMachine_RestoresLatestState()
    {
        using var source = new DurabilityHarness();
        await source.WriteMarkerAsync("first");
        await source.BackUpAsync();
        await source.WriteMarkerAsync("second");
        await source.BackUpAsync();
        using var target = new DurabilityHarness(source.Store);

        var restored = await target.Restorer.RestoreNewestAsync(-1, CancellationToken.None);

        Assert.Equal(2, restored?.Generation);
        Assert.Equal("second", target.ReadMarker());
        Assert.Equal(2, target.State.BaseGeneration);
        Assert.Equal(target.Database.ChangeCount, target.State.CapturedChangeCount);
    }

    [Fact]
    public async Task RestoreNewestAsync_AfterTheGateOpened_CopiesIntoTheFileReadersHaveOpen()
    {
        using var source = new DurabilityHarness();
        await source.WriteMarkerAsync("stored");
        await source.BackUpAsync();
        using var target = new DurabilityHarness(source.Store);
        await target.WriteMarkerAsync("local");
        target.Gate.Open();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={target.Database.FilePath};Pooling=False");
        connection.Open();

        await target.Restorer.RestoreNewestAsync(-1, CancellationToken.None);

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM service_state WHERE key = 'marker';";
        Assert.Equal("stored", command.ExecuteScalar());
    }

    [Fact]
    public async Task RestoreNewestAsync_SnapshotWithoutMemberList_RestoresSequentially()
    {
        using var source = new DurabilityHarness();
        await source.WriteMarkerAsync("older format");
        var snapshot = (await source.BackUpAsync()).Snapshot!;
        await File.WriteAllBytesAsync(
            Path.Combine(source.Folder, snapshot.MetadataName),
            JsonSerializer.SerializeToUtf8Bytes(snapshot with { MemberBytes = null }, SnapshotMetadata.Json));
        using var target = new DurabilityHarness(source.Store);

        var restored = await target.Restorer.RestoreNewestAsync(-1, CancellationToken.None);

        Assert.Null(restored?.MemberBytes);
        Assert.Equal("older format", target.ReadMarker());
    }

    [Theory]
    [InlineData("flipped byte")]
    [InlineData("truncated, checksum updated")]
    [InlineData("not gzip, checksum updated")]
    public async Task RestoreNewestAsync_CorruptNewest_FallsBackToPrevious(string damage)
    {
        using var source = new DurabilityHarness();
        await source.WriteMarkerAsync("good");
        await source.BackUpAsync();
        await source.WriteMarkerAsync("damaged");
        var newest = (await source.BackUpAsync()).Snapshot!;
        await DamageAsync(source, newest, damage);
        using var target = new DurabilityHarness(source.Store);

        var restored = await target.Restorer.RestoreNewestAsync(-1, CancellationToken.None);

        Assert.Equal(1, restored?.Generation);
        Assert.Equal("good", target.ReadMarker());
        Assert.Equal(2, target.State.BaseGeneration);
    }

    [Fact]
    public async Task RestoreNewestAsync_NothingVerifies_KeepsLocalDataAndAllowsNewerUploads()
    {
        using var source = new DurabilityHarness();
        await source.WriteMarkerAsync("damaged");
        var only = (await source.BackUpAsync()).Snapshot!;
        await DamageAsync(source, only, "flipped byte");
        using var target = new DurabilityHarness(source.Store);
        await target.WriteMarkerAsync("local");

        var restored = await target.Restorer.RestoreNewestAsync(-1, CancellationToken.None);

        Assert.Null(restored);
        Assert.Equal("local", target.ReadMarker());
        Assert.Equal(2, (await target.BackUpAsync()).Snapshot?.Generation);
    }

    [Theory]
    [InlineData("another application's database")]
    [InlineData("an empty file")]
    [InlineData("this schema version without its tables")]
    [InlineData("one user more recorded than it holds")]
    public async Task RestoreNewestAsync_SoundFileThatIsNotTheRecordedDatabase_FallsBackToPrevious(string content)
    {
        using var source = new DurabilityHarness();
        await source.WriteMarkerAsync("good");
        await source.BackUpAsync();
        await source.WriteMarkerAsync("foreign");
        var newest = (await source.BackUpAsync()).Snapshot!;
        await ReplaceContentAsync(source, newest, content);
        using var target = new DurabilityHarness(source.Store);

        var restored = await target.Restorer.RestoreNewestAsync(-1, CancellationToken.None);

        Assert.Equal(1, restored?.Generation);
        Assert.Equal("good", target.ReadMarker());
    }

    [Theory]
    [InlineData("another application's database")]
    [InlineData("one user more recorded than it holds")]
    public async Task RestoreAsync_WhileServing_SnapshotNotAsRecorded_LeavesTheLiveDataAlone(string content)
    {
        using var harness = new DurabilityHarness();
        await harness.WriteMarkerAsync("chosen");
        var chosen = (await harness.BackUpAsync()).Snapshot!;
        await ReplaceContentAsync(harness, chosen, content);
        await harness.WriteMarkerAsync("live");
        var restore = new PointInTimeRestore(harness.Job, harness.Restorer, harness.State);

        var result = await restore.RunAsync(await ReadMetadataAsync(harness, chosen), CancellationToken.None);

        Assert.Equal((422, false, null), (result.StatusCode, result.Restored, result.Before));
        Assert.Equal("live", harness.ReadMarker());
        Assert.Single(await harness.Target.Catalog!.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RestoreAsync_OldestKeptSnapshot_IsRestoredThoughTheFirstBackupPrunesIt()
    {
        using var harness = new DurabilityHarness(options: new DurabilityOptions { RetainCount = 2 });
        await harness.WriteMarkerAsync("oldest");
        var oldest = (await harness.BackUpAsync()).Snapshot!;
        await harness.WriteMarkerAsync("second");
        await harness.BackUpAsync();
        await harness.WriteMarkerAsync("current");
        var restore = new PointInTimeRestore(harness.Job, harness.Restorer, harness.State);

        var result = await restore.RunAsync(oldest, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("oldest", harness.ReadMarker());
        var kept = await harness.Target.Catalog!.ListAsync(CancellationToken.None);
        Assert.Equal(["after-restore", "before-restore"], kept.Select(s => s.Reason));
    }

    // A sound SQLite file with a matching checksum, sizes and member list, so that only the check
    // of what the file holds can tell.
    private static async Task ReplaceContentAsync(DurabilityHarness harness, SnapshotMetadata snapshot, string content)
    {
        var data = Path.Combine(harness.Folder, snapshot.DataName);
        if (content == "one user more recorded than it holds")
        {
            await WriteMetadataAsync(harness, snapshot with { Users = snapshot.Users + 1 });
            return;
        }

        using var work = new WorkFolder(harness.Root);
        var raw = work.File("raw.db");
        if (content == "an empty file")
        {
            await File.WriteAllBytesAsync(raw, []);
        }
        else
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={raw};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = content == "this schema version without its tables"
                ? $"PRAGMA user_version = {snapshot.SchemaVersion};"
                : "CREATE TABLE users (name TEXT); INSERT INTO users VALUES ('someone');";
            command.ExecuteNonQuery();
        }

        var gzip = await SnapshotGzip.CompressAsync(raw, data, CancellationToken.None);
        await WriteMetadataAsync(harness, snapshot with
        {
            DatabaseBytes = new FileInfo(raw).Length,
            CompressedBytes = new FileInfo(data).Length,
            Sha256 = gzip.Sha256,
            MemberBytes = gzip.MemberBytes,
        });
    }

    private static Task WriteMetadataAsync(DurabilityHarness harness, SnapshotMetadata metadata) => File.WriteAllBytesAsync(
        Path.Combine(harness.Folder, metadata.MetadataName), JsonSerializer.SerializeToUtf8Bytes(metadata, SnapshotMetadata.Json));

    private static async Task<SnapshotMetadata> ReadMetadataAsync(DurabilityHarness harness, SnapshotMetadata snapshot) =>
        (await harness.Target.Catalog!.ListAsync(CancellationToken.None)).Single(s => s.Id == snapshot.Id);

    // Damage that only a quick check catches gets a matching checksum, so each layer is tested.
    private static async Task DamageAsync(DurabilityHarness harness, SnapshotMetadata snapshot, string damage)
    {
        var data = Path.Combine(harness.Folder, snapshot.DataName);
        var bytes = await File.ReadAllBytesAsync(data);
        if (damage == "flipped byte")
        {
            bytes[bytes.Length / 2] ^= 0xFF;
            await File.WriteAllBytesAsync(data, bytes);
            return;
        }

        if (damage.StartsWith("truncated", StringComparison.Ordinal))
        {
            using var work = new WorkFolder(harness.Root);
            var raw = work.File("raw.db");
            await SnapshotGzip.DecompressAsync(data, raw, long.MaxValue, CancellationToken.None);
            var database = await File.ReadAllBytesAsync(raw);
            await File.WriteAllBytesAsync(raw, database[..(database.Length / 2)]);
            var gzip = await SnapshotGzip.CompressAsync(raw, data, CancellationToken.None);
            snapshot = snapshot with { DatabaseBytes = database.Length / 2, MemberBytes = gzip.MemberBytes };
        }
        else
        {
            await File.WriteAllBytesAsync(data, bytes[..(bytes.Length / 2)]);
        }

        var updated = snapshot with { Sha256 = await SnapshotFile.Sha256Async(data, CancellationToken.None) };
        await File.WriteAllBytesAsync(
            Path.Combine(harness.Folder, snapshot.MetadataName), JsonSerializer.SerializeToUtf8Bytes(updated, SnapshotMetadata.Json));
    }
}
