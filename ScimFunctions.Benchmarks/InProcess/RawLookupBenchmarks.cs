using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using ScimFunctions.Benchmarks.Seeding;

namespace ScimFunctions.Benchmarks.InProcess;

/// <summary>
/// The storage limit: one prepared statement on one open connection, looking a user up by the
/// unique lower-cased userName index and reading its JSON. Nothing the service does can be faster.
/// </summary>
public class RawLookupBenchmarks : IDisposable
{
    private StorageHost? _host;
    private SqliteConnection? _connection;
    private SqliteCommand? _command;
    private string[] _keys = [];
    private int _next;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "base";

    public static IEnumerable<string> Sizes => BenchContext.Lookups.Keys;

    [GlobalSetup]
    public void Setup()
    {
        var database = BenchContext.Lookups[Size];
        _host = new StorageHost(database.DataDirectory);
        _connection = _host.Database.OpenConnection();
        _command = _connection.CreateCommand();
        _command.CommandText = "SELECT id, data FROM users WHERE user_name_key = $key";
        _command.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
        _command.Prepare();
        _keys = database.UserNames.Select(n => n.ToLowerInvariant()).ToArray();
    }

    [Benchmark]
    public int Lookup()
    {
        _command!.Parameters[0].Value = _keys[_next++ % _keys.Length];
        using var reader = _command.ExecuteReader();
        return reader.Read() ? reader.GetString(1).Length : 0;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _command?.Dispose();
        _connection?.Dispose();
        _host?.Dispose();
        SqliteConnection.ClearAllPools();
        GC.SuppressFinalize(this);
    }
}
