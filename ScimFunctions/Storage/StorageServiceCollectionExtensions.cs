using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The SQLite database and the repository over it.</summary>
    public static IServiceCollection AddScimStorage(this IServiceCollection services)
    {
        services.AddSingleton<ScimDatabase>();
        return services;
    }
}
