using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using ScimFunctions.Benchmarks.Seeding;
using ScimFunctions.Durability.Snapshots;
using ScimFunctions.Durability.Stores;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Benchmarks.InProcess;

/// <summary>
/// The durability code on a copy of each snapshot source: take a snapshot (consistent copy,
/// facts, gzip, checksum), take and upload it to the local folder store, and restore one
/// (download, checksum, decompress, quick and content checks), as at start (the file put in
/// place of the database and opened) and while serving (its pages copied into the live database).
/// </summary>
public class SnapshotBenchmarks : IDisposable
{
    private readonly List<SnapshotMetadata> _uploaded = [];
    private StorageHost? _host;
    private ScimDatabase? _database;
    private SnapshotCatalog? _catalog;
    private SnapshotMetadata? _restorable;
    private long _generation = 1;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "small";

    public static IEnumerable<string> Sizes => BenchContext.SnapshotSources.Keys;

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(BenchContext.WorkDirectory, "snapshots-" + Size);
        var data = DatabaseFiles.CopyFolder(Path.GetDirectoryName(BenchContext.SnapshotSources[Size])!, Path.Combine(root, "data"));
        _host = new StorageHost(data);
        _database = _host.Database;
        _catalog = new SnapshotCatalog(new LocalFolderStore(Path.Combine(root, "store")), NullLogger.Instance);
        _restorable = TakeAndUpload().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<long> Take()
    {
        using var work = new WorkFolder(Path.GetDirectoryName(_database!.FilePath)!);
        var built = await SnapshotBuilder.BuildAsync(
            _database, work, ++_generation, "benchmark", DateTimeOffset.UtcNow, CancellationToken.None);
        return built.Metadata.CompressedBytes;
    }

    [Benchmark]
    public async Task<SnapshotMetadata> TakeAndUpload()
    {
        using var work = new WorkFolder(Path.GetDirectoryName(_database!.FilePath)!);
        var built = await SnapshotBuilder.BuildAsync(
            _database, work, ++_generation, "benchmark", DateTimeOffset.UtcNow, CancellationToken.None);
        await _catalog!.UploadAsync(built.Metadata, built.CompressedFile, CancellationToken.None);
        _uploaded.Add(built.Metadata);
        return built.Metadata;
    }

    [Benchmark]
    public async Task RestoreAtStart()
    {
        using var work = new WorkFolder(Path.GetDirectoryName(_database!.FilePath)!);
        var file = await SnapshotVerifier.FetchAsync(_catalog!, _restorable!, work, CancellationToken.None);
        await _database.ReplaceWithAsync(file, CancellationToken.None);
    }

    [Benchmark]
    public async Task RestoreWhileServing()
    {
        using var work = new WorkFolder(Path.GetDirectoryName(_database!.FilePath)!);
        var file = await SnapshotVerifier.FetchAsync(_catalog!, _restorable!, work, CancellationToken.None);
        await _database.RestoreFromAsync(file, CancellationToken.None);
    }

    [IterationCleanup]
    public void DropUploads()
    {
        foreach (var metadata in _uploaded.Where(m => m != _restorable).ToList())
        {
            _catalog!.DeleteAsync(metadata, CancellationToken.None).GetAwaiter().GetResult();
            _uploaded.Remove(metadata);
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _host?.Dispose();
        SqliteConnection.ClearAllPools();
        GC.SuppressFinalize(this);
    }
}
