using ScimFunctions.Durability.Snapshots;

namespace ScimFunctions.Durability.Backup;

/// <summary>How one backup run ended.</summary>
public enum BackupResult
{
    /// <summary>A new snapshot is in the store.</summary>
    Uploaded,

    /// <summary>Nothing changed since the last snapshot, so nothing was uploaded.</summary>
    Unchanged,

    /// <summary>No backup store is configured: the service is not persistent.</summary>
    NotConfigured,

    /// <summary>The start-up restore has not finished; backing up now could overwrite good data.</summary>
    NotReady,

    /// <summary>This instance does not hold the writer lease.</summary>
    NotWriter,

    /// <summary>The store holds a newer generation than this instance's data; uploading would replace it.</summary>
    StaleGeneration,

    /// <summary>Taking or uploading the snapshot failed.</summary>
    Failed,
}

/// <summary>The outcome of a backup run, as stats and the admin API report it.</summary>
public sealed record BackupOutcome(
    BackupResult Result,
    string Reason,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    SnapshotMetadata? Snapshot,
    string? Error)
{
    public bool Succeeded => Result is BackupResult.Uploaded or BackupResult.Unchanged;
}
