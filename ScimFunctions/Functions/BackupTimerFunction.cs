using Microsoft.Azure.Functions.Worker;
using ScimFunctions.Durability.Backup;

namespace ScimFunctions.Functions;

/// <summary>
/// The Functions host's backup timer. The schedule comes from the <c>BackupSchedule</c> app
/// setting (NCRONTAB with seconds, <c>0 */5 * * * *</c> in the deployment and sample settings);
/// the self-host runs the same job on the same schedule without this trigger. The job itself
/// waits for the start-up restore, so a timer that fires early never backs up an empty database.
/// </summary>
public sealed class BackupTimerFunction
{
    private readonly BackupJob _job;

    public BackupTimerFunction(BackupJob job) => _job = job;

    [Function("BackupTimer")]
    public Task RunAsync([TimerTrigger("%BackupSchedule%")] TimerInfo timer, FunctionContext context) =>
        _job.RunAsync(BackupReasons.Schedule, force: false, context.CancellationToken);
}
