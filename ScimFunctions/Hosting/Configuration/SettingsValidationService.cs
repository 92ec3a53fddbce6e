using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ScimFunctions.Hosting.Configuration;

/// <summary>
/// Runs <see cref="SettingsValidator"/> before anything else starts, logs each problem on its own
/// line and stops the host. In Azure the Functions host then reports the worker as failed to
/// start, with these lines in its log. The check runs when the service is constructed: the host
/// constructs every hosted service before starting any, and this one is registered first, so
/// no other service gets to read a bad setting and fail with a less helpful message.
/// </summary>
public sealed partial class SettingsValidationService : IHostedService
{
    public SettingsValidationService(IConfiguration configuration, ILogger<SettingsValidationService> logger)
    {
        var problems = SettingsValidator.Validate(configuration);
        if (problems.Count == 0)
        {
            LogSettingsValid(logger);
            return;
        }

        foreach (var problem in problems)
        {
            LogSettingProblem(logger, problem);
        }

        throw new InvalidSettingsException(problems);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Settings checked: no problems")]
    private static partial void LogSettingsValid(ILogger logger);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Critical, Message = "Setting problem: {Problem}")]
    private static partial void LogSettingProblem(ILogger logger, string problem);
}
