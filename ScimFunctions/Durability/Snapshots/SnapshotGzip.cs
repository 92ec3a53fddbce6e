using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace ScimFunctions.Durability.Snapshots;

/// <summary>
/// A snapshot's gzip form: the database in 1 MB chunks, each a gzip member of its own. A gzip
/// file may hold several members and every gzip reader (GZipStream, gzip -d) joins them, so the
/// file stays plain gzip, while the members can be compressed and inflated on every core: one
/// core alone took longer than copying the database did.
/// </summary>
public static class SnapshotGzip
{
    // Per gzip member: deflate's window is 32 KB, so a 1 MB member loses nothing measurable to
    // its restarted dictionary, and the few in flight hold a few megabytes.
    internal const int ChunkSize = 1 << 20;

    private const int BufferSize = 1 << 20;

    // Deflate's stored blocks make an incompressible megabyte slightly larger; a member list that
    // claims more than this is not ours, and must not make the restore allocate it.
    private const int MaxMemberBytes = 2 * ChunkSize;

    private static int Window => Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>A compressed snapshot file: the SHA-256 of its bytes and the size of each gzip member.</summary>
    public sealed record Compressed(string Sha256, IReadOnlyList<int> MemberBytes);

    /// <summary>
    /// Compresses <paramref name="source"/> into <paramref name="destination"/>, hashing the
    /// compressed bytes as they are written (one pass over the data).
    /// </summary>
    public static async Task<Compressed> CompressAsync(string source, string destination, CancellationToken cancellation)
    {
        await using var input = OpenSequential(source);
        await using var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var hashing = new HashingStream(output);
        var inFlight = new Queue<Task<MemoryStream>>();
        var memberBytes = new List<int>();

        // The call's own buffers, handed back as each member is written: a shared pool would keep
        // them resident for good, between snapshots that are minutes apart.
        var free = new ConcurrentBag<byte[]>();
        var read = ChunkSize;
        while (read == ChunkSize)
        {
            // The rest after the last whole megabyte gets its member even when it is empty (GZipStream
            // then writes no bytes at all), so the list always holds one member per megabyte and one more.
            var chunk = free.TryTake(out var reused) ? reused : new byte[ChunkSize];
            read = await input.ReadAtLeastAsync(chunk, ChunkSize, false, cancellation);
            var length = read;
            inFlight.Enqueue(Task.Run(() => CompressMember(chunk, length, free), cancellation));
            if (inFlight.Count >= Window)
            {
                memberBytes.Add(await WriteNextAsync(inFlight, hashing, cancellation));
            }
        }

        while (inFlight.Count > 0)
        {
            memberBytes.Add(await WriteNextAsync(inFlight, hashing, cancellation));
        }

        return new Compressed(hashing.Sha256(), memberBytes);
    }

    /// <summary>
    /// Inflates a file written by <see cref="CompressAsync"/>, its members in parallel, into
    /// <paramref name="destination"/> and returns the hex SHA-256 of the whole compressed file.
    /// Member i must inflate to exactly the i-th megabyte of a <paramref name="databaseBytes"/>
    /// file and the members must make up the whole file; anything else throws
    /// <see cref="InvalidDataException"/>, so a damaged or foreign file can neither fill the disk
    /// nor leave a hole in the database.
    /// </summary>
    public static async Task<string> DecompressMembersAsync(
        string source, string destination, long databaseBytes, IReadOnlyList<int> memberBytes, CancellationToken cancellation)
    {
        await using var input = OpenSequential(source);

        // One member per whole megabyte and a last one for the rest, however short, as written.
        // The output is not preallocated: the recorded size is not yet known to be true (and
        // preallocating measured no faster), while the members' own lengths bound what is written.
        if (databaseBytes < 0
            || memberBytes.Count != (databaseBytes / ChunkSize) + 1
            || memberBytes.Any(bytes => bytes is < 0 or > MaxMemberBytes)
            || memberBytes.Sum(bytes => (long)bytes) != input.Length)
        {
            throw new InvalidDataException("The member list does not describe this file and a database of the recorded size.");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var output = File.OpenHandle(destination, FileMode.Create, FileAccess.Write, FileShare.None);
        var inFlight = new Queue<Task>();
        var buffers = new MemberBuffers();
        try
        {
            for (var index = 0; index < memberBytes.Count; index++)
            {
                var member = buffers.RentCompressed();
                var size = memberBytes[index];
                await ReadExactlyAsync(input, member.AsMemory(0, size), cancellation);
                hash.AppendData(member, 0, size);
                var offset = (long)index * ChunkSize;
                var length = (int)Math.Min(ChunkSize, databaseBytes - offset);
                inFlight.Enqueue(Task.Run(() => InflateMember(member, size, output, offset, length, buffers), cancellation));
                if (inFlight.Count >= Window)
                {
                    await inFlight.Dequeue();
                }
            }

            await Task.WhenAll(inFlight);
        }
        catch
        {
            // The members still being inflated write to the file handle; let them finish first.
            await Task.WhenAll(inFlight).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>
    /// Inflates any gzip file, one member after another, into <paramref name="destination"/> and
    /// returns the hex SHA-256 of the whole compressed file, hashed as it is read. For snapshots
    /// whose metadata lists no members. Throws <see cref="InvalidDataException"/> for broken gzip or
    /// output beyond <paramref name="maxBytes"/>: the data is not yet known to be ours while it is
    /// inflated, so a damaged or foreign file must not be able to fill the disk.
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

        await hashing.CopyToAsync(Stream.Null, BufferSize, cancellation);
        return hashing.Sha256();
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

    private static async Task<int> WriteNextAsync(Queue<Task<MemoryStream>> inFlight, Stream output, CancellationToken cancellation)
    {
        await using var member = await inFlight.Dequeue();
        await member.CopyToAsync(output, cancellation);
        return (int)member.Length;
    }

    // GZipStream checks a member's CRC-32 and length when it reads its trailer; the SHA-256 of the
    // whole file, compared once every member is in, covers what a cut-short trailer would not.
    private static void InflateMember(
        byte[] member, int size, SafeFileHandle output, long offset, int length, MemberBuffers buffers)
    {
        var chunk = buffers.RentChunk();
        try
        {
            using var gzip = new GZipStream(new MemoryStream(member, 0, size), CompressionMode.Decompress);
            if (gzip.ReadAtLeast(chunk.AsSpan(0, length), length, throwOnEndOfStream: false) != length || gzip.ReadByte() != -1)
            {
                throw new InvalidDataException($"The member at {offset} does not inflate to {length} bytes.");
            }

            RandomAccess.Write(output, chunk.AsSpan(0, length), offset);
        }
        finally
        {
            buffers.Return(member, chunk);
        }
    }

    private static async Task ReadExactlyAsync(Stream input, Memory<byte> buffer, CancellationToken cancellation)
    {
        if (await input.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellation) != buffer.Length)
        {
            throw new InvalidDataException("The file ends before its last member.");
        }
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

    // The call's own buffers, as in CompressAsync: a window's worth of each kind, reused.
    private sealed class MemberBuffers
    {
        private readonly ConcurrentBag<byte[]> _compressed = [];
        private readonly ConcurrentBag<byte[]> _chunks = [];

        public byte[] RentCompressed() => _compressed.TryTake(out var buffer) ? buffer : new byte[MaxMemberBytes];

        public byte[] RentChunk() => _chunks.TryTake(out var buffer) ? buffer : new byte[ChunkSize];

        public void Return(byte[] compressed, byte[] chunk)
        {
            _compressed.Add(compressed);
            _chunks.Add(chunk);
        }
    }
}
