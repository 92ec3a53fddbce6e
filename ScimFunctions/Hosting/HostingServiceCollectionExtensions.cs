using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Hosting.Pipeline;
using ScimFunctions.Hosting.Routing;

namespace ScimFunctions.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>The pipeline, its middleware and the settings they read.</summary>
    public static IServiceCollection AddScimHosting(this IServiceCollection services, IConfiguration configuration)
    {
        // First hosted service, so bad settings stop the host before a restore or a request runs.
        services.AddHostedService<SettingsValidationService>();
        services.AddOptions<ScimToolOptions>().Configure(options => Bind(options, configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStartupGate, OpenStartupGate>();
        services.AddSingleton<RouteTable>();
        services.AddSingleton<AppPipeline>();
        services.AddSingleton<IRequestMiddleware, ErrorMiddleware>();
        services.AddSingleton<IRequestMiddleware, AuthenticationMiddleware>();
        services.AddSingleton<IRequestMiddleware, StartupGateMiddleware>();
        services.AddSingleton<IRequestMiddleware, RequestChecksMiddleware>();
        return services;
    }

    private static void Bind(ScimToolOptions options, IConfiguration configuration)
    {
        options.ScimSecrets = SecretList.Parse(configuration[SettingNames.ScimSharedSecret]);
        options.AdminSecrets = SecretList.Parse(configuration[SettingNames.AdminSecret]);
        if (!string.IsNullOrWhiteSpace(configuration[SettingNames.DataDirectory]))
        {
            options.DataDirectory = configuration[SettingNames.DataDirectory]!;
        }

        if (long.TryParse(configuration[SettingNames.MaxBodyBytes], out var maxBody) && maxBody > 0)
        {
            options.MaxBodyBytes = maxBody;
        }
    }
}
