using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScimFunctions.Durability;
using ScimFunctions.Durability.Backup;
using ScimFunctions.Durability.Lease;
using ScimFunctions.Durability.Restore;
using ScimFunctions.Durability.Stores;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Tests.Durability;

/// <summary>
/// The durability parts wired by hand around a real SQLite database and a real backup folder in
/// a private temp directory, with a fake clock.
/// </summary>
public sealed class DurabilityHarness : IDisposable
{
    public DurabilityHarness(IBackupStore? store = null, IWriterLease? lease = null, DurabilityOptions? options = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "scimtool-tests", Guid.NewGuid().ToString("N"));
        Database = new ScimDatabase(Path.Combine(Root, "db", ScimDatabase.FileName));
        Folder = Path.Combine(Root, "backups");
        Store = store ?? new LocalFolderStore(Folder);
        Options = options ?? new DurabilityOptions();
        Target = new DurabilityTarget(Store, NullLogger.Instance);
        Writer = new WriterAuthority(lease ?? new ConfiguredSingleWriter());
        Writer.Grant(1);
        Restorer = new SnapshotRestorer(Database, Target, State, Gate, Time, NullLogger<SnapshotRestorer>.Instance);
        Job = new BackupJob(
            Database, Target, Gate, Writer, State, WrappedOptions, Time, NullLogger<BackupJob>.Instance);
    }

    public string Root { get; }

    public string Folder { get; }

    public ScimDatabase Database { get; }

    public IBackupStore Store { get; }

    public DurabilityOptions Options { get; }

    public DurabilityTarget Target { get; }

    public DurabilityState State { get; } = new();

    public RestoreGate Gate { get; } = new();

    public WriterAuthority Writer { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero));

    public SnapshotRestorer Restorer { get; }

    public BackupJob Job { get; }

    public IOptions<DurabilityOptions> WrappedOptions => Microsoft.Extensions.Options.Options.Create(Options);

    /// <summary>Writes a marker row through the single-writer lease, as the repository writes.</summary>
    public async Task WriteMarkerAsync(string value)
    {
        await using var lease = await Database.BeginWriteAsync(CancellationToken.None);
        using (var connection = Database.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT OR REPLACE INTO service_state (key, value) VALUES ('marker', $value);";
            command.Parameters.AddWithValue("$value", value);
            command.ExecuteNonQuery();
        }

        lease.MarkCommitted();
    }

    public string? ReadMarker()
    {
        using var connection = Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM service_state WHERE key = 'marker';";
        return command.ExecuteScalar() as string;
    }

    public async Task<BackupOutcome> BackUpAsync(bool force = false)
    {
        Gate.Open();
        return await Job.RunAsync(BackupReasons.Manual, force, CancellationToken.None);
    }

    public void Dispose()
    {
        Database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp folder's own cleanup.
        }
    }
}
