using System.Text.Json;
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
