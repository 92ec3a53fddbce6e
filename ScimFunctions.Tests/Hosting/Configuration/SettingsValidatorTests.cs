using Microsoft.Extensions.Configuration;
using ScimFunctions.Hosting.Configuration;

namespace ScimFunctions.Tests.Hosting.Configuration;

public sealed class SettingsValidatorTests
{
    [Fact]
    public void Validate_CompleteShareConfiguration_ReportsNothing()
    {
        var configuration = Settings(new()
        {
            [SettingNames.BackupShareUrl] = "https://account.file.core.windows.net",
            [SettingNames.BackupShareName] = "scimtool-backups",
            [SettingNames.BackupSchedule] = "0 */5 * * * *",
            [SettingNames.BackupDebounceSeconds] = "0",
            [SettingNames.BackupRetainCount] = "48",
            [SettingNames.BackupRetainDays] = "7",
            [SettingNames.LogRetainCount] = "20000",
            [SettingNames.LogRetainDays] = "14",
            [SettingNames.MaxBodyBytes] = "10485760",
        });

        var problems = SettingsValidator.Validate(configuration);

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ")]
    public void Validate_NoScimSecret_ReportsTheSetting(string? secret)
    {
        var configuration = Settings(new() { [SettingNames.ScimSharedSecret] = secret });

        var problems = SettingsValidator.Validate(configuration);

        var problem = Assert.Single(problems);
        Assert.StartsWith("SCIM_SHARED_SECRET is not set", problem);
    }

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("0 */5 * * * * *")]
    [InlineData("0 */5 * * * FOO")]
    [InlineData("0 61 * * * *")]
    [InlineData("every five minutes")]
    public void Validate_MalformedSchedule_ReportsSixFieldExpectation(string schedule)
    {
        var configuration = Settings(new() { [SettingNames.BackupSchedule] = schedule });

        var problems = SettingsValidator.Validate(configuration);

        var problem = Assert.Single(problems);
        Assert.StartsWith("BackupSchedule is not a six-field NCRONTAB expression", problem);
    }

    [Theory]
    [InlineData("0 */5 * * * *")]
    [InlineData("30 0 2 * * Sun")]
    [InlineData("0 0 */1 * * 1-5")]
    public void Validate_SixFieldSchedule_IsAccepted(string schedule)
    {
        var configuration = Settings(new() { [SettingNames.BackupSchedule] = schedule });

        Assert.Empty(SettingsValidator.Validate(configuration));
    }

    [Theory]
    [InlineData(SettingNames.BackupShareUrl, "https://account.file.core.windows.net")]
    [InlineData(SettingNames.BackupShareConnection, "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=c2VjcmV0")]
    public void Validate_ShareWithoutName_ReportsMissingName(string setting, string value)
    {
        var configuration = Settings(new() { [setting] = value });

        var problems = SettingsValidator.Validate(configuration);

        var problem = Assert.Single(problems);
        Assert.Equal(
            $"{setting} is set but BACKUP_SHARE_NAME is not: name the file share that holds the snapshots.",
            problem);
    }

    [Fact]
    public void Validate_ShareUrlAndConnectionBoth_ReportsAmbiguity()
    {
        var configuration = Settings(new()
        {
            [SettingNames.BackupShareUrl] = "https://account.file.core.windows.net",
            [SettingNames.BackupShareConnection] = "UseDevelopmentStorage=true",
            [SettingNames.BackupShareName] = "backups",
        });

        var problem = Assert.Single(SettingsValidator.Validate(configuration));

        Assert.Contains("are both set", problem);
    }

    [Theory]
    [InlineData("account.file.core.windows.net")]
    [InlineData("http://account.file.core.windows.net")]
    public void Validate_ShareUrlNotHttps_Reports(string url)
    {
        var configuration = Settings(new()
        {
            [SettingNames.BackupShareUrl] = url,
            [SettingNames.BackupShareName] = "backups",
        });

        var problem = Assert.Single(SettingsValidator.Validate(configuration));

        Assert.StartsWith("BACKUP_SHARE_URL is not an absolute https URL", problem);
    }

    [Theory]
    [InlineData(SettingNames.MaxBodyBytes, "ten megabytes", "1")]
    [InlineData(SettingNames.MaxBodyBytes, "0", "1")]
    [InlineData(SettingNames.BackupDebounceSeconds, "10s", "0")]
    [InlineData(SettingNames.BackupDebounceSeconds, "-1", "0")]
    [InlineData(SettingNames.BackupRetainCount, "forty", "1")]
    [InlineData(SettingNames.BackupRetainDays, "7.5", "1")]
    [InlineData(SettingNames.LogRetainCount, "0", "1")]
    [InlineData(SettingNames.LogRetainDays, "two weeks", "1")]
    public void Validate_NotAWholeNumber_ReportsTheSettingAndMinimum(string setting, string value, string minimum)
    {
        var configuration = Settings(new() { [setting] = value });

        var problem = Assert.Single(SettingsValidator.Validate(configuration));

        Assert.Equal($"{setting} must be a whole number of at least {minimum}.", problem);
    }

    [Fact]
    public void Validate_SeveralProblems_OneLineEach()
    {
        var configuration = Settings(new()
        {
            [SettingNames.ScimSharedSecret] = null,
            [SettingNames.BackupSchedule] = "*/5 * * * *",
            [SettingNames.BackupShareUrl] = "https://account.file.core.windows.net",
            [SettingNames.BackupRetainCount] = "many",
        });

        var problems = SettingsValidator.Validate(configuration);

        Assert.Equal(4, problems.Count);
        Assert.All(problems, problem => Assert.DoesNotContain('\n', problem));
    }

    [Fact]
    public void Validate_SecretBearingSettings_NeverQuotesTheirValues()
    {
        const string key = "QUNDT1VOVEtFWS1ET05PVExPRw==";
        var configuration = Settings(new()
        {
            [SettingNames.BackupShareConnection] = $"DefaultEndpointsProtocol=https;AccountKey={key}",
            [SettingNames.BackupShareUrl] = "http://account.file.core.windows.net/?sig=" + key,
        });

        var problems = SettingsValidator.Validate(configuration);

        Assert.Equal(3, problems.Count);
        Assert.All(problems, problem => Assert.DoesNotContain(key, problem));
    }

    private static IConfiguration Settings(Dictionary<string, string?> overrides)
    {
        var values = new Dictionary<string, string?> { [SettingNames.ScimSharedSecret] = "a-valid-token" };
        foreach (var (name, value) in overrides)
        {
            values[name] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
