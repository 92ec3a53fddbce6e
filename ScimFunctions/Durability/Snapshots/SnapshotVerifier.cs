namespace ScimFunctions.Durability.Snapshots;

/// <summary>
/// Fetches a snapshot and proves it restorable before the live database is touched: the
/// checksum of what arrived, then gzip, then SQLite's quick check.
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
        var sha256 = await SnapshotFile.Sha256Async(compressed, cancellation);
        if (!string.Equals(sha256, metadata.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new SnapshotInvalidException("checksum mismatch");
        }

        try
        {
            await SnapshotFile.DecompressAsync(compressed, database, cancellation);
        }
        catch (InvalidDataException error)
        {
            throw new SnapshotInvalidException("not a valid gzip file", error);
        }

        return SnapshotFile.QuickCheck(database) ? database : throw new SnapshotInvalidException("quick_check failed");
    }
}
