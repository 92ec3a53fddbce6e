using Microsoft.Extensions.Logging;
using ScimFunctions.Durability.Snapshots;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Durability.Restore;

/// <summary>
/// Puts a verified snapshot into the live database. Callers that restore hold
/// <see cref="DurabilityState.Exclusive"/>; fetching and verifying reads only the store.
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
            VerifiedSnapshot verified;
            try
            {
                verified = await FetchAsync(snapshot, cancellation);
            }
            catch (SnapshotInvalidException error)
            {
                DurabilityLog.SnapshotSkipped(_logger, snapshot.Id, error.Message);
                continue;
            }

            using (verified)
            {
                await RestoreVerifiedAsync(verified, replaceFile: !_gate.IsOpen, cancellation);
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

    /// <summary>
    /// Downloads and verifies one chosen snapshot without touching the live database; throws
    /// <see cref="SnapshotInvalidException"/> when it does not verify. Dispose the result to
    /// delete the verified file.
    /// </summary>
    public async Task<VerifiedSnapshot> FetchAsync(SnapshotMetadata snapshot, CancellationToken cancellation)
    {
        var catalog = _target.Catalog ?? throw new InvalidOperationException("No backup store is configured.");
        var started = _time.GetTimestamp();
        var work = new WorkFolder(Path.GetDirectoryName(_database.FilePath)!);
        try
        {
            var file = await SnapshotVerifier.FetchAsync(catalog, snapshot, work, cancellation);
            return new VerifiedSnapshot(snapshot, file, work, started);
        }
        catch
        {
            work.Dispose();
            throw;
        }
    }

    /// <summary>Puts a snapshot verified by <see cref="FetchAsync"/> in place of the live data while the service runs.</summary>
    public async Task RestoreAsync(VerifiedSnapshot verified, CancellationToken cancellation)
    {
        await RestoreVerifiedAsync(verified, replaceFile: false, cancellation);

        // The live data is now an older state; the next backup must upload it as the newest.
        _state.CapturedChangeCount = null;
    }

    // Before the gate opens nothing reads the database, so the verified file can take the place
    // of the database file; once requests are served, its pages are copied in under SQLite's locks.
    private async Task RestoreVerifiedAsync(VerifiedSnapshot verified, bool replaceFile, CancellationToken cancellation)
    {
        var file = verified.DatabaseFile;
        await (replaceFile ? _database.ReplaceWithAsync(file, cancellation) : _database.RestoreFromAsync(file, cancellation));

        var snapshot = verified.Metadata;
        _state.RestoredFrom = snapshot;
        _state.RestoredAt = _time.GetUtcNow();
        var elapsed = (long)_time.GetElapsedTime(verified.FetchStarted).TotalMilliseconds;
        DurabilityLog.SnapshotRestored(_logger, snapshot.Id, snapshot.Generation, elapsed);
    }
}
