using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ScimFunctions.Durability;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Configuration;

namespace ScimFunctions.Tests.Hosting.Configuration;

public sealed class SettingsValidationServiceTests
{
    [Fact]
    public void Construct_WithProblems_LogsEachOnItsOwnLineAndStops()
    {
        var logger = new FakeLogger<SettingsValidationService>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [SettingNames.BackupSchedule] = "*/5 * * * *",
        }).Build();

        var error = Assert.Throws<InvalidSettingsException>(() => new SettingsValidationService(configuration, logger));

        Assert.Equal(2, error.Problems.Count);
        var logged = logger.Collector.GetSnapshot();
        Assert.Equal(2, logged.Count);
        Assert.All(logged, record => Assert.Equal(6002, record.Id.Id));
        Assert.All(logged, record => Assert.Equal(LogLevel.Critical, record.Level));
        Assert.Contains(logged, record => record.Message.Contains("SCIM_SHARED_SECRET", StringComparison.Ordinal));
        Assert.Contains(logged, record => record.Message.Contains("BackupSchedule", StringComparison.Ordinal));
        Assert.Equal(3, error.Message.Split(Environment.NewLine).Length);
    }

    [Fact]
    public async Task StartAsync_ValidSettings_LogsOnceAndStarts()
    {
        var logger = new FakeLogger<SettingsValidationService>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [SettingNames.ScimSharedSecret] = "token-one,token-two",
        }).Build();
        var service = new SettingsValidationService(configuration, logger);

        await service.StartAsync(CancellationToken.None);

        Assert.Equal(6001, logger.LatestRecord.Id.Id);
    }

    [Fact]
    public async Task SelfHost_MalformedSchedule_DoesNotStartAndNamesTheSetting()
    {
        // Built as the self-host's Program builds it, and started directly: through
        // WebApplicationFactory the failed start raced the host's disposal, which sometimes
        // surfaced as an ObjectDisposedException instead of the validation error.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [SettingNames.ScimSharedSecret] = "test-scim-token",
            [SettingNames.BackupSchedule] = "*/5 * * * *",
            [SettingNames.BackupShareConnection] = "UseDevelopmentStorage=true",
            [SettingNames.DataDirectory] = Path.Combine(Path.GetTempPath(), "scimtool-tests", Guid.NewGuid().ToString("N")),
        });
        builder.Services.AddScimTool(builder.Configuration);
        builder.Services.AddScimSelfHostDurability();
        await using var app = builder.Build();

        var error = await Record.ExceptionAsync(() => app.StartAsync());

        var invalid = Assert.IsType<InvalidSettingsException>(Innermost(error));
        Assert.Equal(2, invalid.Problems.Count);
        Assert.Contains(invalid.Problems, problem => problem.StartsWith("BackupSchedule", StringComparison.Ordinal));
        Assert.Contains(invalid.Problems, problem => problem.Contains("BACKUP_SHARE_NAME", StringComparison.Ordinal));
    }

    private static Exception? Innermost(Exception? error)
    {
        while (error is AggregateException { InnerException: not null } aggregate)
        {
            error = aggregate.InnerException;
        }

        return error;
    }
}
