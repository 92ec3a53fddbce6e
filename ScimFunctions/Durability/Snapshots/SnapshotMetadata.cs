using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScimFunctions.Durability.Snapshots;

/// <summary>
/// What is stored beside every snapshot: enough to choose one, verify it before restoring, and
/// refuse to replace a newer generation with an older one.
/// </summary>
/// <param name="Id">The snapshot's name in the store, without extension.</param>
/// <param name="Generation">Increases by one with every snapshot uploaded to the store.</param>
/// <param name="CreatedAt">When the snapshot was taken (UTC).</param>
/// <param name="Reason">Why it was taken: schedule, writes, shutdown, manual, restore.</param>
/// <param name="DatabaseBytes">Size of the SQLite file before compression.</param>
/// <param name="CompressedBytes">Size of the gzip file in the store.</param>
/// <param name="Sha256">Hex SHA-256 of the gzip file.</param>
/// <param name="Users">Users in the snapshot.</param>
/// <param name="Groups">Groups in the snapshot.</param>
/// <param name="SchemaVersion">The database schema version (<c>PRAGMA user_version</c>).</param>
/// <param name="MemberBytes">
/// Compressed size of each gzip member (one per whole megabyte of database, and a last one for
/// the rest), so that a restore can inflate them in parallel; null in older snapshots.
/// </param>
public sealed record SnapshotMetadata(
    string Id,
    long Generation,
    DateTimeOffset CreatedAt,
    string Reason,
    long DatabaseBytes,
    long CompressedBytes,
    string Sha256,
    long Users,
    long Groups,
    int SchemaVersion,
    IReadOnlyList<int>? MemberBytes = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The compressed database's name in the store.</summary>
    [JsonIgnore]
    public string DataName => SnapshotNames.Data(Id);

    /// <summary>This metadata's own name in the store.</summary>
    [JsonIgnore]
    public string MetadataName => SnapshotNames.Metadata(Id);
}
