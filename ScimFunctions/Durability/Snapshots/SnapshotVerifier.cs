using Microsoft.Data.Sqlite;

namespace ScimFunctions.Durability.Snapshots;

/// <summary>
/// Fetches a snapshot and proves it restorable before the live database is touched: the
/// checksum of what arrived and gzip in one pass, then SQLite's quick check, then that the file
/// is this service's database as its metadata describes it, brought to this build's schema.
/// </summary>
public static class SnapshotVerifier
{
    /// <summary>Returns the verified database file in <paramref name="work"/>; throws <see cref="SnapshotInvalidException"/>.</summary>
    public static async Task<string> FetchAsync(
        SnapshotCatalog catalog,
        SnapshotMetadata metadata,
        WorkFolder work,
        CancellationToken cancellation)
    {
        var compressed = work.File(metadata.DataName);
        var database = work.File(metadata.Id + ".db");

        await catalog.DownloadAsync(metadata, compressed, cancellation);
        string sha256;
        try
        {
            sha256 = metadata.MemberBytes is { } members
                ? await SnapshotGzip.DecompressMembersAsync(compressed, database, metadata.DatabaseBytes, members, cancellation)
                : await SnapshotGzip.DecompressAsync(compressed, database, metadata.DatabaseBytes, cancellation);
        }
        catch (InvalidDataException error)
        {
            // Damage usually breaks the gzip stream before the checksum can be compared; name the cause.
            var whole = await SnapshotFile.Sha256Async(compressed, cancellation);
            throw Matches(whole, metadata)
                ? new SnapshotInvalidException("not a valid gzip file", error)
                : new SnapshotInvalidException("checksum mismatch", error);
        }

        if (!Matches(sha256, metadata))
        {
            throw new SnapshotInvalidException("checksum mismatch");
        }

        // The checksum proves these are the bytes the builder uploaded, not that the builder read a
        // sound database (a disk fault under the copy, a snapshot from an older build), so SQLite
        // still checks the structure it is about to serve.
        if (new FileInfo(database).Length != metadata.DatabaseBytes)
        {
            throw new SnapshotInvalidException("size differs from its metadata");
        }

        if (!SnapshotFile.QuickCheck(database))
        {
            throw new SnapshotInvalidException("quick_check failed");
        }

        CheckContent(database, metadata);
        return database;
    }

    // An empty or foreign SQLite file passes the quick check. Put in place, it would serve an empty
    // tenant (and be uploaded as the newest generation) or fail every request.
    private static void CheckContent(string database, SnapshotMetadata metadata)
    {
        int version;
        (long Users, long Groups, int) facts;
        try
        {
            version = SnapshotFile.Migrate(database);
            facts = SnapshotFile.ReadFacts(database);
        }
        catch (SqliteException error)
        {
            throw new SnapshotInvalidException("not a database of this service", error);
        }

        if (version < 1 || version != metadata.SchemaVersion)
        {
            throw new SnapshotInvalidException($"schema version {version}, not the recorded {metadata.SchemaVersion}");
        }

        if (facts.Users != metadata.Users || facts.Groups != metadata.Groups)
        {
            throw new SnapshotInvalidException(
                $"holds {facts.Users} users and {facts.Groups} groups, not the recorded {metadata.Users} and {metadata.Groups}");
        }
    }

    private static bool Matches(string sha256, SnapshotMetadata metadata) =>
        string.Equals(sha256, metadata.Sha256, StringComparison.OrdinalIgnoreCase);
}
