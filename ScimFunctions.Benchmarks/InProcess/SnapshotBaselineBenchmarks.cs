using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace ScimFunctions.Benchmarks.InProcess;

/// <summary>
/// The snapshot limits of this machine on the same database: a plain copy of the (checkpointed,
/// idle) file, and SQLite's <c>VACUUM INTO</c>, which writes a consistent compacted copy.
/// </summary>
public class SnapshotBaselineBenchmarks
{
    private string _source = "";
    private string _target = "";

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "small";

    public static IEnumerable<string> Sizes => BenchContext.SnapshotSources.Keys;

    [GlobalSetup]
    public void Setup()
    {
        _source = BenchContext.SnapshotSources[Size];
        _target = Path.Combine(BenchContext.WorkDirectory, "snapshot-baseline.db");
    }

    [IterationSetup]
    public void RemoveTarget() => File.Delete(_target);

    [Benchmark]
    public void FileCopy() => File.Copy(_source, _target, overwrite: true);

    [Benchmark]
    public void VacuumInto()
    {
        var readOnly = new SqliteConnectionStringBuilder { DataSource = _source, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(readOnly.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", _target);
        command.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_target);
}
