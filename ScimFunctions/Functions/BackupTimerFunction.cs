using Microsoft.Azure.Functions.Worker;
using ScimFunctions.Durability.Backup;
using ScimFunctions.Hosting.Pipeline;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Functions;

/// <summary>
/// The Functions host's backup timer. The schedule comes from the <c>BackupSchedule</c> app
/// setting (NCRONTAB with seconds, <c>0 */5 * * * *</c> in the deployment and sample settings);
/// the self-host runs the same job on the same schedule without this trigger.
/// </summary>
public sealed class BackupTimerFunction
{
    private readonly IStartupGate _gate;
    private readonly BackupJob _job;

    public BackupTimerFunction(IStartupGate gate, BackupJob job)
    {
        _gate = gate;
        _job = job;
    }

    [Function("BackupTimer")]
    public async Task RunAsync([TimerTrigger("%BackupSchedule%")] TimerInfo timer, FunctionContext context)
    {
        // A timer that fires before the start-up restore has finished must not back up an
        // empty database; it waits like every other function. While the restore is failing the
        // gate refuses waiters, and this run is skipped.
        if (!_gate.IsOpen)
        {
            try
            {
                await _gate.WaitAsync(context.CancellationToken);
            }
            catch (ScimException)
            {
                return;
            }
        }

        await _job.RunAsync(BackupReasons.Schedule, force: false, context.CancellationToken);
    }
}
