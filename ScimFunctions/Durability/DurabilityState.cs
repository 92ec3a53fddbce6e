using ScimFunctions.Durability.Backup;
using ScimFunctions.Durability.Snapshots;

namespace ScimFunctions.Durability;

/// <summary>
/// What this instance knows about its data and the store: the generation its data descends from,
/// the change count its last snapshot captured, and what stats report. Backups and restores run
/// one at a time under <see cref="Exclusive"/>.
/// </summary>
public sealed class DurabilityState
{
    private long _baseGeneration;

    /// <summary>
    /// Held by every backup and restore, so they never interleave. Never disposed: the final
    /// backup at shutdown may still hold it while the host disposes its services.
    /// </summary>
    public SemaphoreSlim Exclusive { get; } = new(1, 1);

    /// <summary>The newest generation this instance's data includes (restored or uploaded).</summary>
    public long BaseGeneration
    {
        get => Interlocked.Read(ref _baseGeneration);
        set => Interlocked.Exchange(ref _baseGeneration, value);
    }

    /// <summary>The database change count the last snapshot (or restore) captured; null before any.</summary>
    public long? CapturedChangeCount { get; set; }

    public BackupOutcome? LastBackup { get; set; }

    public SnapshotMetadata? RestoredFrom { get; set; }

    public DateTimeOffset? RestoredAt { get; set; }

    /// <summary>The start-up restore's last error while it retries; null once it succeeded.</summary>
    public string? RestoreError { get; set; }

    public int? SnapshotCount { get; set; }
}
