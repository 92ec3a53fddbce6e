using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Storage;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Benchmarks.Seeding;

/// <summary>
/// The application's own registrations (<c>AddScimTool</c>) over one data folder, so in-process
/// figures call the same repository, database and snapshot code the hosts call.
/// </summary>
public sealed class StorageHost : IDisposable
{
    private readonly ServiceProvider _services;

    public StorageHost(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            [SettingNames.DataDirectory] = dataDirectory,
            [SettingNames.ScimSharedSecret] = "benchmark-in-process",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddScimTool(configuration)
            .BuildServiceProvider();
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, ScimDatabase.FileName);

    public ScimDatabase Database => _services.GetRequiredService<ScimDatabase>();

    /// <summary>The repository, or null while the storage layer does not register one yet.</summary>
    public IScimRepository? Repository => _services.GetService<IScimRepository>();

    public IServiceProvider Services => _services;

    public void Dispose() => _services.Dispose();
}
