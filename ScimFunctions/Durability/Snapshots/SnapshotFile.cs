using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace ScimFunctions.Durability.Snapshots;

/// <summary>Compression, checksums and SQLite checks on snapshot files outside the live database.</summary>
public static class SnapshotFile
{
    public static async Task CompressAsync(string source, string destination, CancellationToken cancellation)
    {
        await using var input = File.OpenRead(source);
        await using var output = File.Create(destination);
        await using var gzip = new GZipStream(output, CompressionLevel.Fastest);
        await input.CopyToAsync(gzip, cancellation);
    }

    public static async Task DecompressAsync(string source, string destination, CancellationToken cancellation)
    {
        await using var input = File.OpenRead(source);
        await using var gzip = new GZipStream(input, CompressionMode.Decompress);
        await using var output = File.Create(destination);
        await gzip.CopyToAsync(output, cancellation);
    }

    public static async Task<string> Sha256Async(string path, CancellationToken cancellation)
    {
        await using var input = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(input, cancellation);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Runs <c>PRAGMA quick_check</c>; true when SQLite answers "ok".</summary>
    public static bool QuickCheck(string databaseFile)
    {
        try
        {
            using var connection = OpenReadOnly(databaseFile);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check;";
            return command.ExecuteScalar() as string == "ok";
        }
        catch (SqliteException)
        {
            // "file is not a database" and similar: a truncated or foreign file.
            return false;
        }
    }

    /// <summary>Users, groups and schema version of a snapshot, for its metadata.</summary>
    public static (long Users, long Groups, int SchemaVersion) ReadFacts(string databaseFile)
    {
        using var connection = OpenReadOnly(databaseFile);
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM groups), (SELECT user_version FROM pragma_user_version);";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2));
    }

    // Unpooled, so the temporary file is closed (and deletable) as soon as the check is done.
    private static SqliteConnection OpenReadOnly(string databaseFile)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
