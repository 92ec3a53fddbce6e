using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The SQLite database and the repository over it.</summary>
    public static IServiceCollection AddScimStorage(this IServiceCollection services)
    {
        services.AddSingleton<ScimDatabase>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IScimRepository, SqliteScimRepository>();
        return services;
    }
}
