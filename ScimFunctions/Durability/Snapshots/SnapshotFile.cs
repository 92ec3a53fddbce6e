using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace ScimFunctions.Durability.Snapshots;

/// <summary>Compression, checksums and SQLite checks on snapshot files outside the live database.</summary>
public static class SnapshotFile
{
    // Large reads and writes: a snapshot is tens to hundreds of megabytes read once, in order.
    private const int BufferSize = 1 << 20;

    // Per gzip member: deflate's window is 32 KB, so a 1 MB member loses nothing measurable to
    // its restarted dictionary, and the few in flight hold a few megabytes.
    internal const int ChunkSize = 1 << 20;

    /// <summary>
    /// Compresses <paramref name="source"/> into <paramref name="destination"/> and returns the hex
    /// SHA-256 of the compressed bytes, hashed as they are written (one pass over the data).
    /// Chunks are compressed in parallel as separate gzip members, written in order: a gzip file
    /// may hold several members and every gzip reader (GZipStream, gzip -d) joins them, while one
    /// core compressing alone took as long as copying the database did.
    /// </summary>
    public static async Task<string> CompressAsync(string source, string destination, CancellationToken cancellation)
    {
        await using var input = OpenSequential(source);
        await using var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var hashing = new HashingStream(output);
        var inFlight = new Queue<Task<MemoryStream>>();
        var window = Math.Max(2, Environment.ProcessorCount * 2);

        // The call's own buffers, handed back as each member is written: a shared pool would keep
        // them resident for good, between snapshots that are minutes apart.
        var free = new ConcurrentBag<byte[]>();
        var read = ChunkSize;
        while (read == ChunkSize)
        {
            // An empty source still becomes one (empty) member, so the file is always valid gzip.
            var chunk = free.TryTake(out var reused) ? reused : new byte[ChunkSize];
            read = await input.ReadAtLeastAsync(chunk, ChunkSize, false, cancellation);
            var length = read;
            inFlight.Enqueue(Task.Run(() => CompressMember(chunk, length, free), cancellation));
            if (inFlight.Count >= window)
            {
                await WriteNextAsync(inFlight, hashing, cancellation);
            }
        }

        while (inFlight.Count > 0)
        {
            await WriteNextAsync(inFlight, hashing, cancellation);
        }

        return hashing.Sha256();
    }

    /// <summary>
    /// Decompresses <paramref name="source"/> into <paramref name="destination"/> and returns the
    /// hex SHA-256 of the whole compressed file, hashed as it is read (one pass over the data).
    /// Throws <see cref="InvalidDataException"/> for broken gzip or output beyond
    /// <paramref name="maxBytes"/>: the data is not yet known to be ours while it is inflated, so
    /// a damaged or foreign file must not be able to fill the disk.
    /// </summary>
    public static async Task<string> DecompressAsync(
        string source, string destination, long maxBytes, CancellationToken cancellation)
    {
        await using var input = OpenSequential(source);
        using var hashing = new HashingStream(input);
        await using (var gzip = new GZipStream(hashing, CompressionMode.Decompress, leaveOpen: true))
        await using (var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 1))
        {
            await CopyLimitedAsync(gzip, output, maxBytes, cancellation);
        }

        // Bytes after the last gzip member are part of the checksummed file too.
        await hashing.CopyToAsync(Stream.Null, BufferSize, cancellation);
        return hashing.Sha256();
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

    private static MemoryStream CompressMember(byte[] chunk, int length, ConcurrentBag<byte[]> free)
    {
        try
        {
            var member = new MemoryStream(length / 4 + 64);
            using (var gzip = new GZipStream(member, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(chunk, 0, length);
            }

            member.Position = 0;
            return member;
        }
        finally
        {
            free.Add(chunk);
        }
    }

    private static async Task WriteNextAsync(Queue<Task<MemoryStream>> inFlight, Stream output, CancellationToken cancellation)
    {
        await using var member = await inFlight.Dequeue();
        await member.CopyToAsync(output, cancellation);
    }

    private static async Task CopyLimitedAsync(Stream input, Stream output, long maxBytes, CancellationToken cancellation)
    {
        var buffer = new byte[BufferSize];
        var total = 0L;
        int read;
        while ((read = await input.ReadAsync(buffer, cancellation)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new InvalidDataException($"The data decompresses to more than {maxBytes} bytes.");
            }

            await output.WriteAsync(buffer.AsMemory(0, read), cancellation);
        }
    }

    private static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

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
