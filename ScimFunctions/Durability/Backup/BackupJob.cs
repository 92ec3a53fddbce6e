using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScimFunctions.Durability.Lease;
using ScimFunctions.Durability.Snapshots;
using ScimFunctions.Hosting.Pipeline;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Durability.Backup;

/// <summary>
/// The one backup job every trigger calls (timer, writes, shutdown, admin): waits for the
/// start-up restore, skips when nothing changed, refuses to replace a newer generation, uploads,
/// then prunes by count and age.
/// </summary>
public sealed class BackupJob
{
    private readonly ScimDatabase _database;
    private readonly DurabilityTarget _target;
    private readonly IStartupGate _gate;
    private readonly WriterAuthority _writer;
    private readonly DurabilityState _state;
    private readonly DurabilityOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BackupJob> _logger;

    public BackupJob(
        ScimDatabase database,
        DurabilityTarget target,
        IStartupGate gate,
        WriterAuthority writer,
        DurabilityState state,
        IOptions<DurabilityOptions> options,
        TimeProvider time,
        ILogger<BackupJob> logger)
    {
        _database = database;
        _target = target;
        _gate = gate;
        _writer = writer;
        _state = state;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised after every run with its outcome (stats, tests).</summary>
    public event EventHandler<BackupOutcome>? Finished;

    /// <summary>Runs a backup; <paramref name="force"/> uploads even when nothing changed.</summary>
    public async Task<BackupOutcome> RunAsync(string reason, bool force, CancellationToken cancellation)
    {
        var started = _time.GetUtcNow();
        if (_target.Catalog is null)
        {
            return Finish(BackupResult.NotConfigured, reason, started, null, "No backup store is configured.");
        }

        // At shutdown there is no waiting: if the restore never finished, the data is not ours to save.
        if (reason == BackupReasons.Shutdown && !_gate.IsOpen)
        {
            return Finish(BackupResult.NotReady, reason, started, null, "The start-up restore had not finished.");
        }

        if (!await WaitForRestoreAsync(cancellation))
        {
            return Finish(BackupResult.NotReady, reason, started, null, "The start-up restore is failing and being retried.");
        }

        await _state.Exclusive.WaitAsync(cancellation);
        try
        {
            return await RunExclusiveAsync(_target.Catalog, reason, force, started, cancellation);
        }
        finally
        {
            _state.Exclusive.Release();
        }
    }

    private async Task<BackupOutcome> RunExclusiveAsync(
        SnapshotCatalog catalog,
        string reason,
        bool force,
        DateTimeOffset started,
        CancellationToken cancellation)
    {
        if (!_writer.CanWrite)
        {
            return Finish(BackupResult.NotWriter, reason, started, null, "This instance does not hold the writer lease.");
        }

        var changeCount = _database.ChangeCount;
        if (!force && _state.CapturedChangeCount == changeCount)
        {
            return Finish(BackupResult.Unchanged, reason, started, null, null);
        }

        try
        {
            var snapshots = await catalog.ListAsync(cancellation);
            var newest = snapshots.Count == 0 ? 0 : snapshots[0].Generation;
            if (newest > _state.BaseGeneration)
            {
                DurabilityLog.StaleGeneration(_logger, _state.BaseGeneration, newest);
                var why = $"The store holds generation {newest}, newer than this instance's {_state.BaseGeneration}.";
                return Finish(BackupResult.StaleGeneration, reason, started, null, why);
            }

            using var work = new WorkFolder(Path.GetDirectoryName(_database.FilePath)!);
            var built = await SnapshotBuilder.BuildAsync(_database, work, newest + 1, reason, started, cancellation);
            await catalog.UploadAsync(built.Metadata, built.CompressedFile, cancellation);
            _state.BaseGeneration = built.Metadata.Generation;
            _state.CapturedChangeCount = changeCount;

            var kept = await PruneAsync(catalog, [built.Metadata, .. snapshots], cancellation);
            _state.SnapshotCount = kept;
            return Finish(BackupResult.Uploaded, reason, started, built.Metadata, null);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            DurabilityLog.BackupFailed(_logger, error, reason);
            return Finish(BackupResult.Failed, reason, started, null, BackupErrors.Describe(error));
        }
    }

    private async Task<bool> WaitForRestoreAsync(CancellationToken cancellation)
    {
        try
        {
            await _gate.WaitAsync(cancellation);
            return true;
        }
        catch (ScimException)
        {
            // The gate refuses waiters while the restore is being retried.
            return false;
        }
    }

    // Keeps the newest RetainCount snapshots that are younger than RetainAge, and always the newest.
    private async Task<int> PruneAsync(
        SnapshotCatalog catalog,
        IReadOnlyList<SnapshotMetadata> newestFirst,
        CancellationToken cancellation)
    {
        var oldestKept = _time.GetUtcNow() - _options.RetainAge;
        var expired = newestFirst
            .Skip(1)
            .Where((snapshot, index) => index + 1 >= _options.RetainCount || snapshot.CreatedAt < oldestKept)
            .ToList();
        foreach (var snapshot in expired)
        {
            await catalog.DeleteAsync(snapshot, cancellation);
            DurabilityLog.SnapshotPruned(_logger, snapshot.Id);
        }

        return newestFirst.Count - expired.Count;
    }

    private BackupOutcome Finish(
        BackupResult result,
        string reason,
        DateTimeOffset started,
        SnapshotMetadata? snapshot,
        string? error)
    {
        var outcome = new BackupOutcome(result, reason, started, _time.GetUtcNow() - started, snapshot, error);
        if (result != BackupResult.Unchanged && result != BackupResult.NotConfigured)
        {
            _state.LastBackup = outcome;
        }

        if (result == BackupResult.Uploaded)
        {
            DurabilityLog.SnapshotUploaded(
                _logger, snapshot!.Id, snapshot.Generation, snapshot.CompressedBytes, (long)outcome.Duration.TotalMilliseconds, reason);
        }
        else if (!outcome.Succeeded && result != BackupResult.NotConfigured)
        {
            DurabilityLog.BackupNotTaken(_logger, reason, result.ToString());
        }

        Finished?.Invoke(this, outcome);
        return outcome;
    }
}
