using Microsoft.Extensions.Hosting;
using ScimFunctions.Durability.Backup;

namespace ScimFunctions.Durability.Schedule;

/// <summary>
/// The self-host's timer: the same job on the same schedule as the Functions timer trigger, which
/// the self-host does not have.
/// </summary>
public sealed class ScheduledBackupService : BackgroundService
{
    private readonly BackupSchedule _schedule;
    private readonly BackupJob _job;
    private readonly DurabilityTarget _target;
    private readonly TimeProvider _time;

    public ScheduledBackupService(BackupSchedule schedule, BackupJob job, DurabilityTarget target, TimeProvider time)
    {
        _schedule = schedule;
        _job = job;
        _target = target;
        _time = time;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_target.IsPersistent)
        {
            return;
        }

        try
        {
            while (true)
            {
                var now = _time.GetUtcNow();
                await Task.Delay(_schedule.Next(now) - now, _time, stoppingToken);
                await _job.RunAsync(BackupReasons.Schedule, force: false, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
