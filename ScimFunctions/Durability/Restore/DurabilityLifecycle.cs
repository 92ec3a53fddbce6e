using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScimFunctions.Durability.Backup;
using ScimFunctions.Durability.Lease;
using ScimFunctions.Durability.Snapshots;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Durability.Restore;

/// <summary>
/// The durability protocol's start and end, in both hosts. At start, in the background so that
/// requests can queue at the gate: take the writer lease, restore the newest verified snapshot,
/// open the gate, then keep (or take over) the lease. At a graceful stop: a last backup, then
/// release the lease so the next instance need not wait for it to expire.
/// </summary>
public sealed class DurabilityLifecycle : IHostedService, IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(10);

    private readonly ScimDatabase _database;
    private readonly DurabilityTarget _target;
    private readonly IWriterLease _lease;
    private readonly WriterAuthority _writer;
    private readonly RestoreGate _gate;
    private readonly SnapshotRestorer _restorer;
    private readonly BackupJob _job;
    private readonly DurabilityState _state;
    private readonly DurabilityOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DurabilityLifecycle> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;
    private int _stopped;
    private int _disposed;

    public DurabilityLifecycle(
        ScimDatabase database,
        DurabilityTarget target,
        IWriterLease lease,
        WriterAuthority writer,
        RestoreGate gate,
        SnapshotRestorer restorer,
        BackupJob job,
        DurabilityState state,
        IOptions<DurabilityOptions> options,
        TimeProvider time,
        ILogger<DurabilityLifecycle> logger)
    {
        (_database, _target, _lease, _writer, _gate) = (database, target, lease, writer, gate);
        (_restorer, _job, _state, _options, _time, _logger) = (restorer, job, state, options.Value, time, logger);
    }

    /// <summary>Completes when the gate has opened (or start was cancelled); for tests and diagnostics.</summary>
    public Task Started => _running;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var dataFolder = Path.GetDirectoryName(_database.FilePath)!;
        if (_target.IsPersistent)
        {
            DurabilityLog.StoreConfigured(_logger, dataFolder, _target.Store, _writer.Mode);
        }
        else
        {
            DurabilityLog.Ephemeral(_logger);
        }

        WorkFolder.Sweep(dataFolder);
        _running = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        // Synchronous on purpose: callbacks run inline, not queued behind a busy thread pool at shutdown.
        _stopping.Cancel();
        await _running;

        if (_writer.CanWrite)
        {
            await _job.RunAsync(BackupReasons.Shutdown, force: false, cancellationToken);
        }

        try
        {
            await _lease.ReleaseAsync(cancellationToken);
        }
        catch (RequestFailedException error)
        {
            // The lease then expires on its own within its duration.
            DurabilityLog.LeaseReleaseFailed(_logger, error.Status, error.ErrorCode);
        }
    }

    // A host may dispose its services before it stops them (the in-memory test host does), and
    // disposes this instance twice (as itself and as a hosted service); a stop after that has
    // nothing left to do.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Interlocked.Exchange(ref _stopped, 1);
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellation)
    {
        try
        {
            await AcquireAtStartAsync(cancellation);
            await RestoreAtStartAsync(cancellation);
            if (_lease.IsHeld)
            {
                _writer.Grant(_lease.Epoch);
            }

            _gate.Open();
            DurabilityLog.GateOpened(_logger, _state.RestoredFrom?.Id ?? "(none)", _writer.CanWrite);
            await KeepLeaseAsync(cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
    }

    // A lease left by a crashed instance expires after its duration; wait that long before
    // serving reads only.
    private async Task AcquireAtStartAsync(CancellationToken cancellation)
    {
        var deadline = _time.GetUtcNow() + _options.LeaseDuration + RetryDelay;
        while (!await TryAcquireAsync(cancellation) && _time.GetUtcNow() < deadline)
        {
            await Task.Delay(_options.LeaseDuration / 6, _time, cancellation);
        }

        if (!_lease.IsHeld)
        {
            DurabilityLog.ServingReadOnly(_logger);
        }
    }

    private async Task RestoreAtStartAsync(CancellationToken cancellation)
    {
        while (true)
        {
            await _state.Exclusive.WaitAsync(cancellation);
            try
            {
                await _restorer.RestoreNewestAsync(newerThan: -1, cancellation);
                _state.RestoreError = null;
                _gate.Failing(false);
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                _state.RestoreError = BackupErrors.Describe(error);
                _gate.Failing(true);
                DurabilityLog.RestoreFailed(_logger, error);
            }
            finally
            {
                _state.Exclusive.Release();
            }

            await Task.Delay(RetryDelay, _time, cancellation);
        }
    }

    // Takes the lease over when it was not held at start or was lost; before writing again, the
    // data catches up with whatever the previous writer uploaded meanwhile.
    private async Task KeepLeaseAsync(CancellationToken cancellation)
    {
        while (true)
        {
            await Task.Delay(_options.LeaseDuration / 3, _time, cancellation);
            if (_writer.CanWrite || !await TryAcquireAsync(cancellation))
            {
                continue;
            }

            await _state.Exclusive.WaitAsync(cancellation);
            try
            {
                await _restorer.RestoreNewestAsync(_state.BaseGeneration, cancellation);
                _writer.Grant(_lease.Epoch);
                DurabilityLog.WriterTakenOver(_logger, _state.BaseGeneration);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                DurabilityLog.RestoreFailed(_logger, error);
            }
            finally
            {
                _state.Exclusive.Release();
            }
        }
    }

    private async Task<bool> TryAcquireAsync(CancellationToken cancellation)
    {
        try
        {
            return await _lease.TryAcquireAsync(cancellation);
        }
        catch (RequestFailedException error)
        {
            DurabilityLog.LeaseUnavailable(_logger, error.Status, error.ErrorCode);
            return false;
        }
    }
}
