using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using ScimFunctions.Benchmarks.Seeding;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Storage;

namespace ScimFunctions.Benchmarks.InProcess;

/// <summary>The repository's lookups, by filter and by id, at the base and the scaled size.</summary>
public class RepositoryLookupBenchmarks : IDisposable
{
    private static readonly AttributePath UserName = new(null, "userName");
    private StorageHost? _host;
    private IScimRepository? _repository;
    private LookupDatabase? _database;
    private int _next;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "base";

    public static IEnumerable<string> Sizes => BenchContext.Lookups.Keys;

    [GlobalSetup]
    public void Setup()
    {
        _database = BenchContext.Lookups[Size];
        _host = new StorageHost(_database.DataDirectory);
        _repository = _host.Repository ?? throw new InvalidOperationException("No IScimRepository is registered.");
    }

    [Benchmark]
    public async Task<int> Filter()
    {
        var name = _database!.UserNames[_next++ % _database.UserNames.Length];
        var filter = new ComparisonFilter(UserName, ComparisonOperator.Eq, JsonValue.Create(name));
        var page = await _repository!.QueryAsync(ResourceKind.User, new ResourceQuery(filter, 1, 1, false), CancellationToken.None);
        return page.TotalResults;
    }

    [Benchmark]
    public async Task<long> Get()
    {
        var id = _database!.UserIds[_next++ % _database.UserIds.Length];
        var user = await _repository!.GetAsync(ResourceKind.User, id, false, CancellationToken.None);
        return user?.Version ?? 0;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _host?.Dispose();
        SqliteConnection.ClearAllPools();
        GC.SuppressFinalize(this);
    }
}
