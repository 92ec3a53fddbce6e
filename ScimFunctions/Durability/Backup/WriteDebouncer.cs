using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Durability.Backup;

/// <summary>
/// Backs up a short while after writes, so a crash loses seconds of writes rather than a timer
/// period. The window opens at the first unsaved write and is not extended by later ones, so
/// steady writes cannot postpone the backup forever.
/// </summary>
public sealed class WriteDebouncer : BackgroundService
{
    private readonly Channel<bool> _writes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private readonly ScimDatabase _database;
    private readonly BackupJob _job;
    private readonly DurabilityTarget _target;
    private readonly TimeSpan _debounce;
    private readonly TimeProvider _time;

    public WriteDebouncer(
        ScimDatabase database,
        BackupJob job,
        DurabilityTarget target,
        IOptions<DurabilityOptions> options,
        TimeProvider time)
    {
        _database = database;
        _job = job;
        _target = target;
        _debounce = options.Value.Debounce;
        _time = time;
    }

    /// <summary>Raised when a write opened a window and its timer runs (for tests on a fake clock).</summary>
    internal event EventHandler? WindowOpened;

    // Subscribed before the loop starts (which runs on its own thread), so no write is missed.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (_target.IsPersistent)
        {
            _database.Committed += OnCommitted;
        }

        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _database.Committed -= OnCommitted;
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_target.IsPersistent)
        {
            return;
        }

        try
        {
            while (await _writes.Reader.WaitToReadAsync(stoppingToken))
            {
                var window = Task.Delay(_debounce, _time, stoppingToken);
                WindowOpened?.Invoke(this, EventArgs.Empty);
                await window;

                // Writes during the window are in this snapshot; later ones open the next window.
                while (_writes.Reader.TryRead(out _))
                {
                }

                await _job.RunAsync(BackupReasons.Writes, force: false, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void OnCommitted(object? sender, EventArgs e) => _writes.Writer.TryWrite(true);
}
