using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScimFunctions.Durability.Admin;
using ScimFunctions.Durability.Backup;
using ScimFunctions.Durability.Lease;
using ScimFunctions.Durability.Restore;
using ScimFunctions.Durability.Schedule;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Hosting.Pipeline;
using ScimFunctions.Hosting.Routing;

namespace ScimFunctions.Durability;

public static class DurabilityServiceCollectionExtensions
{
    /// <summary>Snapshots, backup stores, the restore gate and the writer lease.</summary>
    public static IServiceCollection AddScimDurability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DurabilityOptions>().Configure(options => DurabilityOptions.Bind(options, configuration));
        services.AddSingleton<DurabilityTarget>();
        services.AddSingleton<DurabilityState>();
        services.AddSingleton(WriterLeaseFactory.Create);
        services.AddSingleton<WriterAuthority>();
        services.AddSingleton<RestoreGate>();

        // A plain registration after Hosting's TryAdd of the always-open gate, so this one wins.
        services.AddSingleton<IStartupGate>(provider => provider.GetRequiredService<RestoreGate>());
        services.AddSingleton<IRequestMiddleware, WriterLeaseMiddleware>();
        services.AddSingleton<BackupSchedule>();
        services.AddSingleton<BackupJob>();
        services.AddSingleton<SnapshotRestorer>();
        services.AddSingleton<PointInTimeRestore>();
        services.AddSingleton<IEndpointGroup, BackupAdminEndpoints>();

        // Registered first so that it stops last: its final backup runs after the debouncer and
        // the self-host's schedule have stopped.
        services.AddSingleton<DurabilityLifecycle>();
        services.AddHostedService(provider => provider.GetRequiredService<DurabilityLifecycle>());
        services.AddHostedService<WriteDebouncer>();
        return services;
    }

    /// <summary>
    /// The self-host's part: the timer the Functions host provides by trigger, and a local backup
    /// folder when no store is configured, so that <c>dotnet run</c> is persistent out of the box.
    /// </summary>
    public static IServiceCollection AddScimSelfHostDurability(this IServiceCollection services)
    {
        services.AddOptions<DurabilityOptions>().PostConfigure<IOptions<ScimToolOptions>>(SelfHostDefaults);
        services.AddHostedService<ScheduledBackupService>();
        return services;
    }

    // Beside the data folder: "backups" next to SCIM_DATA_DIR.
    private static void SelfHostDefaults(DurabilityOptions options, IOptions<ScimToolOptions> tool)
    {
        if (!options.HasStore)
        {
            var data = Path.GetFullPath(tool.Value.DataDirectory).TrimEnd(Path.DirectorySeparatorChar);
            options.LocalDirectory = Path.Combine(Path.GetDirectoryName(data) ?? data, "backups");
        }
    }
}
