using Microsoft.Extensions.Options;
using NCrontab;

namespace ScimFunctions.Durability.Schedule;

/// <summary>
/// The NCRONTAB schedule of timer backups, read the way the Functions timer trigger reads it:
/// six fields with seconds first, in UTC (the start-up settings check refuses other forms).
/// </summary>
public sealed class BackupSchedule
{
    private readonly CrontabSchedule _schedule;

    public BackupSchedule(IOptions<DurabilityOptions> options)
        : this(options.Value.Schedule)
    {
    }

    public BackupSchedule(string expression)
    {
        Expression = expression;
        _schedule = CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
    }

    public string Expression { get; }

    /// <summary>The first occurrence strictly after <paramref name="now"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset now) =>
        new(DateTime.SpecifyKind(_schedule.GetNextOccurrence(now.UtcDateTime), DateTimeKind.Utc));
}
