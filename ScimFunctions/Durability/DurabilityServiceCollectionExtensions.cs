using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ScimFunctions.Durability;

public static class DurabilityServiceCollectionExtensions
{
    /// <summary>Snapshots, backup stores, the restore gate and the writer lease.</summary>
    public static IServiceCollection AddScimDurability(this IServiceCollection services, IConfiguration configuration) =>
        services;
}
