using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using ScimFunctions.Durability.Snapshots;
using ScimFunctions.Durability.Stores;
using ScimFunctions.Storage.Sqlite;

// Snapshot throughput against a bare VACUUM INTO of the same database in the same run, the
// compressed size as a share of the database, and the time to verify and restore the snapshot.
// Usage: dotnet run -c Release --project bench/DurabilityBench -- --durability [sizes in MB]
var sizes = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).DefaultIfEmpty(1).ToList();
if (!args.Contains("--durability") || args.Length == 1)
{
    sizes = [1, 100];
}

Console.WriteLine("size     | VACUUM INTO | snapshot (vacuum+gzip+sha) | compressed | restore (fetch+verify+restore)");
foreach (var megabytes in sizes)
{
    await RunAsync(megabytes);
}

static async Task RunAsync(int megabytes)
{
    var root = Path.Combine(Path.GetTempPath(), "scimtool-bench", Guid.NewGuid().ToString("N"));
    try
    {
        using var database = new ScimDatabase(Path.Combine(root, "db", ScimDatabase.FileName));
        Fill(database, megabytes);
        var bytes = new FileInfo(database.FilePath).Length;

        var vacuum = Stopwatch.StartNew();
        await database.SnapshotToAsync(Path.Combine(root, "plain.db"), CancellationToken.None);
        vacuum.Stop();

        var catalog = new SnapshotCatalog(new LocalFolderStore(Path.Combine(root, "backups")), NullLogger.Instance);
        using var work = new WorkFolder(root);
        var snapshot = Stopwatch.StartNew();
        var built = await SnapshotBuilder.BuildAsync(database, work, 1, "bench", DateTimeOffset.UtcNow, CancellationToken.None);
        snapshot.Stop();
        await catalog.UploadAsync(built.Metadata, built.CompressedFile, CancellationToken.None);

        using var restoreWork = new WorkFolder(root);
        var restore = Stopwatch.StartNew();
        var file = await SnapshotVerifier.FetchAsync(catalog, built.Metadata, restoreWork, CancellationToken.None);
        await database.RestoreFromAsync(file, CancellationToken.None);
        restore.Stop();

        var mib = bytes / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{mib,6:F1} MiB | {mib / vacuum.Elapsed.TotalSeconds,7:F0} MiB/s | {mib / snapshot.Elapsed.TotalSeconds,18:F0} MiB/s "
            + $"({snapshot.ElapsedMilliseconds} ms) | {100.0 * built.Metadata.CompressedBytes / bytes,8:F1} % "
            + $"| {restore.ElapsedMilliseconds,6} ms"));
    }
    finally
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}

// Users shaped like Entra's: a canonical JSON body of about 1 KiB each, indexed columns filled.
static void Fill(ScimDatabase database, int megabytes)
{
    using var connection = database.OpenConnection();
    using var transaction = connection.BeginTransaction();
    using var command = connection.CreateCommand();
    command.Transaction = transaction;
    command.CommandText = """
        INSERT INTO users (id, user_name, user_name_key, external_id, display_name, display_name_key, active,
            created, last_modified, version, data)
        VALUES ($id, $name, lower($name), $ext, $display, lower($display), 1, '2025-01-06T09:00:00Z', '2025-01-06T09:00:00Z', 1, $data);
        """;
    var id = command.Parameters.Add("$id", SqliteType.Text);
    var name = command.Parameters.Add("$name", SqliteType.Text);
    var ext = command.Parameters.Add("$ext", SqliteType.Text);
    var display = command.Parameters.Add("$display", SqliteType.Text);
    var data = command.Parameters.Add("$data", SqliteType.Text);
    var count = megabytes * 880;
    for (var i = 0; i < count; i++)
    {
        var guid = Guid.NewGuid().ToString();
        id.Value = guid;
        name.Value = $"user{i}@contoso.example";
        ext.Value = Guid.NewGuid().ToString();
        display.Value = $"User Number {i}";
        data.Value = System.Text.Json.JsonSerializer.Serialize(new
        {
            schemas = "urn:ietf:params:scim:schemas:core:2.0:User",
            id = guid,
            userName = $"user{i}@contoso.example",
            name = new { givenName = "User", familyName = $"Number {i}", formatted = $"User Number {i}" },
            displayName = $"User Number {i}",
            active = true,
            emails = new[] { new { value = $"user{i}@contoso.example", type = "work", primary = true } },
            title = "Engineer",
            department = $"Dept {i % 40}",
            enterprise = new { employeeNumber = $"{100000 + i}", costCenter = $"CC{i % 97}", manager = Guid.NewGuid() },
            addresses = new[] { new { type = "work", streetAddress = $"{i} Main Street", locality = "Redmond", postalCode = "98052" } },
        });
        command.ExecuteNonQuery();
    }

    transaction.Commit();

    // Moves the pages out of the WAL so that the file's size is the database's size.
    using var checkpoint = connection.CreateCommand();
    checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
    checkpoint.ExecuteNonQuery();
}
