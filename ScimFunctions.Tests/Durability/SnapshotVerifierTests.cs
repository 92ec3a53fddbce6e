using ScimFunctions.Durability.Snapshots;

namespace ScimFunctions.Tests.Durability;

public sealed class SnapshotVerifierTests
{
    [Theory]
    [InlineData("flipped byte at the start")]
    [InlineData("flipped byte in the middle")]
    [InlineData("flipped byte at the end")]
    [InlineData("byte appended")]
    public async Task FetchAsync_DamagedCompressedFile_ThrowsChecksumMismatch(string damage)
    {
        using var harness = new DurabilityHarness();
        await harness.WriteMarkerAsync("one");
        var snapshot = (await harness.BackUpAsync()).Snapshot!;
        var data = Path.Combine(harness.Folder, snapshot.DataName);
        var bytes = await File.ReadAllBytesAsync(data);
        await File.WriteAllBytesAsync(data, Damage(bytes, damage));
        using var work = new WorkFolder(harness.Root);

        var fetch = () => SnapshotVerifier.FetchAsync(harness.Target.Catalog!, snapshot, work, CancellationToken.None);

        var error = await Assert.ThrowsAsync<SnapshotInvalidException>(fetch);
        Assert.Equal("checksum mismatch", error.Message);
    }

    [Fact]
    public async Task FetchAsync_DecompressesBeyondRecordedSize_IsRejected()
    {
        using var harness = new DurabilityHarness();
        await harness.WriteMarkerAsync("one");
        var snapshot = (await harness.BackUpAsync()).Snapshot!;
        var understated = snapshot with { DatabaseBytes = snapshot.DatabaseBytes - 1 };
        using var work = new WorkFolder(harness.Root);

        var fetch = () => SnapshotVerifier.FetchAsync(harness.Target.Catalog!, understated, work, CancellationToken.None);

        var error = await Assert.ThrowsAsync<SnapshotInvalidException>(fetch);
        Assert.Equal("not a valid gzip file", error.Message);
    }

    [Fact]
    public async Task BuildAsync_UsersAndGroups_MetadataDescribesTheSnapshot()
    {
        using var harness = new DurabilityHarness();
        await InsertAsync(harness, users: 3, groups: 2);
        using var work = new WorkFolder(harness.Root);

        var built = await SnapshotBuilder.BuildAsync(
            harness.Database, work, 7, "manual", harness.Time.GetUtcNow(), CancellationToken.None);

        var metadata = built.Metadata;
        Assert.Equal((3L, 2L, 7L), (metadata.Users, metadata.Groups, metadata.Generation));
        Assert.Equal(SnapshotFile.ReadFacts(harness.Database.FilePath).SchemaVersion, metadata.SchemaVersion);
        Assert.Equal(new FileInfo(built.CompressedFile).Length, metadata.CompressedBytes);
        Assert.Equal(await SnapshotFile.Sha256Async(built.CompressedFile, CancellationToken.None), metadata.Sha256);
        var restored = work.File("restored.db");
        await SnapshotGzip.DecompressAsync(built.CompressedFile, restored, long.MaxValue, CancellationToken.None);
        Assert.Equal(new FileInfo(restored).Length, metadata.DatabaseBytes);
        Assert.True(SnapshotFile.QuickCheck(restored));
    }

    private static byte[] Damage(byte[] bytes, string damage)
    {
        if (damage == "byte appended")
        {
            return [.. bytes, 0];
        }

        var index = damage.EndsWith("start", StringComparison.Ordinal) ? 0
            : damage.EndsWith("end", StringComparison.Ordinal) ? bytes.Length - 1
            : bytes.Length / 2;
        bytes[index] ^= 0xFF;
        return bytes;
    }

    private static async Task InsertAsync(DurabilityHarness harness, int users, int groups)
    {
        await using var lease = await harness.Database.BeginWriteAsync(CancellationToken.None);
        using (var connection = harness.Database.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            const string now = "'2025-01-06T09:00:00Z'";
            command.Parameters.AddWithValue("$data", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"]}""");
            command.CommandText = string.Concat(
                string.Concat(Enumerable.Range(0, users).Select(i =>
                    "INSERT INTO users (id, user_name, user_name_key, created, last_modified, version, data) " +
                    $"VALUES ('u{i}', 'user{i}', 'user{i}', {now}, {now}, 1, $data);")),
                string.Concat(Enumerable.Range(0, groups).Select(i =>
                    "INSERT INTO groups (id, display_name, display_name_key, created, last_modified, version, data) " +
                    $"VALUES ('g{i}', 'group{i}', 'group{i}', {now}, {now}, 1, $data);")));
            command.ExecuteNonQuery();
        }

        lease.MarkCommitted();
    }
}
