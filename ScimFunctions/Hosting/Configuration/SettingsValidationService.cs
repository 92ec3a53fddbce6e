using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ScimFunctions.Hosting.Configuration;

/// <summary>
/// Runs <see cref="SettingsValidator"/> before anything else starts (it is the first hosted
/// service registered), logs each problem on its own line and stops the host. In Azure the
/// Functions host then reports the worker as failed to start, with these lines in its log.
/// </summary>
public sealed partial class SettingsValidationService : IHostedService
{
    private readonly IConfiguration _configuration;
    private readonly ILogger<SettingsValidationService> _logger;

    public SettingsValidationService(IConfiguration configuration, ILogger<SettingsValidationService> logger)
    {
        _configuration = configuration;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = SettingsValidator.Validate(_configuration);
        if (problems.Count == 0)
        {
            LogSettingsValid(_logger);
            return Task.CompletedTask;
        }

        foreach (var problem in problems)
        {
            LogSettingProblem(_logger, problem);
        }

        throw new InvalidSettingsException(problems);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Settings checked: no problems")]
    private static partial void LogSettingsValid(ILogger logger);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Critical, Message = "Setting problem: {Problem}")]
    private static partial void LogSettingProblem(ILogger logger, string problem);
}
