using Microsoft.Extensions.Configuration;
using NCrontab;

namespace ScimFunctions.Hosting.Configuration;

/// <summary>
/// Checks every application setting at start and describes each problem in one line that names
/// the setting, so a misconfigured deployment stops with a readable reason instead of failing on
/// the first request Entra sends. Values of settings are never quoted: some are secrets.
/// </summary>
public static class SettingsValidator
{
    /// <summary>The backup schedule used when <c>BackupSchedule</c> is not set: every five minutes.</summary>
    public const string DefaultBackupSchedule = "0 */5 * * * *";

    private static readonly CrontabSchedule.ParseOptions SixFields = new() { IncludingSeconds = true };

    /// <returns>One line per problem; empty when the settings are usable.</returns>
    public static IReadOnlyList<string> Validate(IConfiguration configuration)
    {
        var problems = new List<string>();
        string? Value(string name) => NullIfBlank(configuration[name]);

        if (SecretList.Parse(Value(SettingNames.ScimSharedSecret)).Count == 0)
        {
            problems.Add($"{SettingNames.ScimSharedSecret} is not set: Entra's secret token must match it. "
                + "Set one value, or two separated by a comma while rotating.");
        }

        CheckSchedule(Value(SettingNames.BackupSchedule), problems);
        CheckShare(Value, problems);
        CheckWholeNumber(SettingNames.MaxBodyBytes, Value(SettingNames.MaxBodyBytes), 1, problems);
        CheckWholeNumber(SettingNames.BackupDebounceSeconds, Value(SettingNames.BackupDebounceSeconds), 0, problems);
        CheckWholeNumber(SettingNames.BackupRetainCount, Value(SettingNames.BackupRetainCount), 1, problems);
        CheckWholeNumber(SettingNames.BackupRetainDays, Value(SettingNames.BackupRetainDays), 1, problems);
        CheckWholeNumber(SettingNames.LogRetainCount, Value(SettingNames.LogRetainCount), 1, problems);
        CheckWholeNumber(SettingNames.LogRetainDays, Value(SettingNames.LogRetainDays), 1, problems);
        return problems;
    }

    private static void CheckSchedule(string? schedule, List<string> problems)
    {
        if (schedule is null)
        {
            return;
        }

        // The Functions timer reads the same value through %BackupSchedule% and wants six fields
        // (seconds first); a five-field Unix cron line is the usual mistake.
        var fields = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields != 6 || CrontabSchedule.TryParse(schedule, SixFields) is null)
        {
            problems.Add($"{SettingNames.BackupSchedule} is not a six-field NCRONTAB expression "
                + $"(seconds minutes hours day month weekday), for example '{DefaultBackupSchedule}'.");
        }
    }

    private static void CheckShare(Func<string, string?> value, List<string> problems)
    {
        var url = value(SettingNames.BackupShareUrl);
        var connection = value(SettingNames.BackupShareConnection);
        if (url is null && connection is null)
        {
            return;
        }

        var source = url is not null ? SettingNames.BackupShareUrl : SettingNames.BackupShareConnection;
        if (value(SettingNames.BackupShareName) is null)
        {
            problems.Add($"{source} is set but {SettingNames.BackupShareName} is not: name the file share "
                + "that holds the snapshots.");
        }

        if (url is not null && connection is not null)
        {
            problems.Add($"{SettingNames.BackupShareUrl} and {SettingNames.BackupShareConnection} are both set: "
                + "keep the URL for a managed identity or the connection string for a key, not both.");
        }

        if (url is not null && !IsHttpsUrl(url))
        {
            problems.Add($"{SettingNames.BackupShareUrl} is not an absolute https URL such as "
                + "'https://<account>.file.core.windows.net'.");
        }
    }

    private static void CheckWholeNumber(string name, string? value, long minimum, List<string> problems)
    {
        if (value is not null && !(long.TryParse(value, out var number) && number >= minimum))
        {
            problems.Add($"{name} must be a whole number of at least {minimum}.");
        }
    }

    private static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
