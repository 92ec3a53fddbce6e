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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_target.IsPersistent)
        {
            return;
        }

        _database.Committed += OnCommitted;
        try
        {
            while (await _writes.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(_debounce, _time, stoppingToken);

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
        finally
        {
            _database.Committed -= OnCommitted;
        }
    }

    private void OnCommitted(object? sender, EventArgs e) => _writes.Writer.TryWrite(true);
}
