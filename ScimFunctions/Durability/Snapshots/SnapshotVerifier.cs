namespace ScimFunctions.Durability.Snapshots;

/// <summary>
/// Fetches a snapshot and proves it restorable before the live database is touched: the
/// checksum of what arrived and gzip in one pass, then SQLite's quick check.
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
        // sound database (a disk fault under VACUUM INTO, a snapshot from an older build), so
        // SQLite still checks the structure it is about to serve.
        return SnapshotFile.QuickCheck(database) ? database : throw new SnapshotInvalidException("quick_check failed");
    }

    private static bool Matches(string sha256, SnapshotMetadata metadata) =>
        string.Equals(sha256, metadata.Sha256, StringComparison.OrdinalIgnoreCase);
}
