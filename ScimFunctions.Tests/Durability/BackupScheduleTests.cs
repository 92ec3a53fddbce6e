using ScimFunctions.Durability.Schedule;

namespace ScimFunctions.Tests.Durability;

public sealed class BackupScheduleTests
{
    [Theory]
    [InlineData("0 */5 * * * *", "2025-01-06T09:02:30Z", "2025-01-06T09:05:00Z")]
    [InlineData("0 */5 * * * *", "2025-01-06T09:05:00Z", "2025-01-06T09:10:00Z")]
    [InlineData("30 0 3 * * *", "2025-01-06T09:00:00Z", "2025-01-07T03:00:30Z")]
    public void Next_NcrontabExpression_IsNextOccurrenceInUtc(string expression, string now, string expected)
    {
        var schedule = new BackupSchedule(expression);

        var next = schedule.Next(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }
}
