using Microsoft.Extensions.Logging;
using ScimFunctions.Durability.Snapshots;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Durability.Restore;

/// <summary>
/// Puts a verified snapshot into the live database. Callers hold <see cref="DurabilityState.Exclusive"/>.
/// </summary>
public sealed class SnapshotRestorer
{
    private readonly ScimDatabase _database;
    private readonly DurabilityTarget _target;
    private readonly DurabilityState _state;
    private readonly RestoreGate _gate;
    private readonly TimeProvider _time;
    private readonly ILogger<SnapshotRestorer> _logger;

    public SnapshotRestorer(
        ScimDatabase database,
        DurabilityTarget target,
        DurabilityState state,
        RestoreGate gate,
        TimeProvider time,
        ILogger<SnapshotRestorer> logger)
    {
        _database = database;
        _target = target;
        _state = state;
        _gate = gate;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Restores the newest snapshot that verifies and is newer than <paramref name="newerThan"/>,
    /// skipping corrupt ones for the next older. Returns the one restored, or null.
    /// </summary>
    public async Task<SnapshotMetadata?> RestoreNewestAsync(long newerThan, CancellationToken cancellation)
    {
        var catalog = _target.Catalog;
        if (catalog is null)
        {
            return null;
        }

        var snapshots = await catalog.ListAsync(cancellation);
        _state.SnapshotCount = snapshots.Count;
        foreach (var snapshot in snapshots.Where(snapshot => snapshot.Generation > newerThan))
        {
            try
            {
                await RestoreVerifiedAsync(catalog, snapshot, replaceFile: !_gate.IsOpen, cancellation);
            }
            catch (SnapshotInvalidException error)
            {
                DurabilityLog.SnapshotSkipped(_logger, snapshot.Id, error.Message);
                continue;
            }

            // A corrupt newer generation was seen and skipped on purpose; the next upload supersedes it.
            _state.BaseGeneration = Math.Max(_state.BaseGeneration, snapshots[0].Generation);
            _state.CapturedChangeCount = _database.ChangeCount;
            return snapshot;
        }

        if (snapshots.Count > 0 && snapshots[0].Generation > newerThan)
        {
            DurabilityLog.NoSnapshotVerified(_logger, snapshots.Count);
            _state.BaseGeneration = Math.Max(_state.BaseGeneration, snapshots[0].Generation);
        }

        return null;
    }

    /// <summary>Restores one chosen snapshot; throws <see cref="SnapshotInvalidException"/> when it does not verify.</summary>
    public async Task RestoreAsync(SnapshotMetadata snapshot, CancellationToken cancellation)
    {
        var catalog = _target.Catalog ?? throw new InvalidOperationException("No backup store is configured.");
        await RestoreVerifiedAsync(catalog, snapshot, replaceFile: false, cancellation);

        // The live data is now an older state; the next backup must upload it as the newest.
        _state.CapturedChangeCount = null;
    }

    // Before the gate opens nothing reads the database, so the verified file can take the place
    // of the database file; once requests are served, its pages are copied in under SQLite's locks.
    private async Task RestoreVerifiedAsync(
        SnapshotCatalog catalog, SnapshotMetadata snapshot, bool replaceFile, CancellationToken cancellation)
    {
        var started = _time.GetTimestamp();
        using var work = new WorkFolder(Path.GetDirectoryName(_database.FilePath)!);
        var file = await SnapshotVerifier.FetchAsync(catalog, snapshot, work, cancellation);
        await (replaceFile ? _database.ReplaceWithAsync(file, cancellation) : _database.RestoreFromAsync(file, cancellation));

        _state.RestoredFrom = snapshot;
        _state.RestoredAt = _time.GetUtcNow();
        var elapsed = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        DurabilityLog.SnapshotRestored(_logger, snapshot.Id, snapshot.Generation, elapsed);
    }
}
