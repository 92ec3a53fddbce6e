using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Durability.Snapshots;

/// <summary>
/// Takes a consistent copy of the live database while requests go on, compresses it and
/// describes it. Nothing here touches a store.
/// </summary>
public static class SnapshotBuilder
{
    /// <summary>A snapshot ready to upload: its metadata and the gzip file in the work folder.</summary>
    public sealed record Built(SnapshotMetadata Metadata, string CompressedFile);

    public static async Task<Built> BuildAsync(
        ScimDatabase database,
        WorkFolder work,
        long generation,
        string reason,
        DateTimeOffset now,
        CancellationToken cancellation)
    {
        var raw = work.File("snapshot.db");
        var compressed = work.File(SnapshotNames.Data("snapshot"));

        await database.SnapshotToAsync(raw, cancellation);
        var (users, groups, schemaVersion) = SnapshotFile.ReadFacts(raw);
        var gzip = await SnapshotGzip.CompressAsync(raw, compressed, cancellation);

        var metadata = new SnapshotMetadata(
            SnapshotNames.NewId(generation, now),
            generation,
            now,
            reason,
            new FileInfo(raw).Length,
            new FileInfo(compressed).Length,
            gzip.Sha256,
            users,
            groups,
            schemaVersion,
            gzip.MemberBytes);
        return new Built(metadata, compressed);
    }
}
