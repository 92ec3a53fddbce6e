using System.IO.Compression;
using System.Security.Cryptography;
using ScimFunctions.Durability.Snapshots;

namespace ScimFunctions.Tests.Durability;

public sealed class SnapshotGzipTests : IDisposable
{
    private readonly WorkFolder _work = new(Path.Combine(Path.GetTempPath(), "scimtool-tests"));

    [Fact]
    public async Task CompressAsync_AnyFile_ReturnsSha256OfTheCompressedFile()
    {
        var source = await WriteSampleAsync("sample.db", 3_000_000);
        var compressed = _work.File("sample.db.gz");

        var written = await SnapshotGzip.CompressAsync(source, compressed, CancellationToken.None);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(compressed))), written.Sha256);
        Assert.Equal(3, written.MemberBytes.Count);
        Assert.Equal(new FileInfo(compressed).Length, written.MemberBytes.Sum());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(SnapshotGzip.ChunkSize)]
    [InlineData((2 * SnapshotGzip.ChunkSize) + 7)]
    public async Task CompressAsync_AnySizeAroundTheChunkSize_RoundTripsThroughGzip(int size)
    {
        var source = await WriteSampleAsync("sample.db", size);
        var compressed = _work.File("sample.db.gz");

        await SnapshotGzip.CompressAsync(source, compressed, CancellationToken.None);

        await using var gzip = new GZipStream(File.OpenRead(compressed), CompressionMode.Decompress);
        using var restored = new MemoryStream();
        await gzip.CopyToAsync(restored);
        Assert.Equal(await File.ReadAllBytesAsync(source), restored.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(SnapshotGzip.ChunkSize)]
    [InlineData((2 * SnapshotGzip.ChunkSize) + 7)]
    [InlineData((9 * SnapshotGzip.ChunkSize) - 1)]
    public async Task DecompressMembersAsync_AnySizeAroundTheChunkSize_RestoresBytesAndSha256(int size)
    {
        var source = await WriteSampleAsync("sample.db", size);
        var compressed = _work.File("sample.db.gz");
        var written = await SnapshotGzip.CompressAsync(source, compressed, CancellationToken.None);
        var restored = _work.File("restored.db");

        var read = await SnapshotGzip.DecompressMembersAsync(compressed, restored, size, written.MemberBytes, CancellationToken.None);

        Assert.Equal(written.Sha256, read);
        Assert.Equal(await File.ReadAllBytesAsync(source), await File.ReadAllBytesAsync(restored));
    }

    [Theory]
    [InlineData("one byte less than recorded")]
    [InlineData("one byte more than recorded")]
    [InlineData("a member more than the size has")]
    [InlineData("a member fewer than the size has")]
    [InlineData("a negative size")]
    [InlineData("20 GB, with a member for each megabyte")]
    [InlineData("a member of no bytes")]
    [InlineData("members that add up to less than the file")]
    public async Task DecompressMembersAsync_MetadataDisagreesWithTheFile_ThrowsInvalidData(string disagreement)
    {
        const long Size = (3L * SnapshotGzip.ChunkSize) - 10;
        var source = await WriteSampleAsync("sample.db", (int)Size);
        var compressed = _work.File("sample.db.gz");
        var written = await SnapshotGzip.CompressAsync(source, compressed, CancellationToken.None);
        var (recordedSize, members) = disagreement switch
        {
            "one byte less than recorded" => (Size + 1, written.MemberBytes),
            "one byte more than recorded" => (Size - 1, written.MemberBytes),
            "a member more than the size has" => (Size, [.. written.MemberBytes, 20]),
            "a member fewer than the size has" => (Size, written.MemberBytes.Take(written.MemberBytes.Count - 1).ToList()),
            "a negative size" => (-4096, [written.MemberBytes.Sum()]),
            "20 GB, with a member for each megabyte" => (20L << 30, [.. Enumerable.Repeat(20, 20 * 1024), 20]),
            "a member of no bytes" => (Size, [written.MemberBytes[0] + written.MemberBytes[1], 0, written.MemberBytes[2]]),
            _ => (Size, [.. written.MemberBytes.SkipLast(1), written.MemberBytes[^1] - 1]),
        };
        var output = _work.File("out.db");

        var decompress = () => SnapshotGzip.DecompressMembersAsync(compressed, output, recordedSize, members, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidDataException>(decompress);
        Assert.True(!File.Exists(output) || new FileInfo(output).Length <= Size, "nothing beyond the real data is written");
    }

    [Theory]
    [InlineData("a byte flipped inside the second member")]
    [InlineData("the file cut inside the last member")]
    [InlineData("a member claimed larger than any gzip member can be")]
    public async Task DecompressMembersAsync_DamagedFileOrList_ThrowsInvalidData(string damage)
    {
        var source = await WriteSampleAsync("sample.db", 3 * SnapshotGzip.ChunkSize);
        var compressed = _work.File("sample.db.gz");
        var written = await SnapshotGzip.CompressAsync(source, compressed, CancellationToken.None);
        var members = written.MemberBytes.ToList();
        var bytes = await File.ReadAllBytesAsync(compressed);
        if (damage.StartsWith("a byte", StringComparison.Ordinal))
        {
            bytes[members[0] + (members[1] / 2)] ^= 0x55;
        }
        else if (damage.StartsWith("the file", StringComparison.Ordinal))
        {
            bytes = bytes[..^5];
        }
        else
        {
            members[2] = int.MaxValue;
        }

        await File.WriteAllBytesAsync(compressed, bytes);

        var decompress = () => SnapshotGzip.DecompressMembersAsync(
            compressed, _work.File("out.db"), 3 * SnapshotGzip.ChunkSize, members, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidDataException>(decompress);
    }

    [Fact]
    public async Task DecompressAsync_CompressedFile_RestoresBytesAndReturnsSameSha256()
    {
        var source = await WriteSampleAsync("sample.db", 3_000_000);
        var compressed = _work.File("sample.db.gz");
        var written = await SnapshotGzip.CompressAsync(source, compressed, CancellationToken.None);
        var restored = _work.File("restored.db");

        var read = await SnapshotGzip.DecompressAsync(compressed, restored, long.MaxValue, CancellationToken.None);

        Assert.Equal(written.Sha256, read);
        Assert.Equal(await File.ReadAllBytesAsync(source), await File.ReadAllBytesAsync(restored));
    }

    [Fact]
    public async Task DecompressAsync_GzipMembersConcatenated_ReadsThemAll()
    {
        var compressed = _work.File("members.gz");
        await using (var output = File.Create(compressed))
        {
            foreach (var part in new[] { "first part ", "second part" })
            {
                await using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
                await gzip.WriteAsync(System.Text.Encoding.UTF8.GetBytes(part));
            }
        }

        await SnapshotGzip.DecompressAsync(compressed, _work.File("members.txt"), long.MaxValue, CancellationToken.None);

        Assert.Equal("first part second part", await File.ReadAllTextAsync(_work.File("members.txt")));
    }

    [Fact]
    public async Task DecompressAsync_MoreThanTheLimit_ThrowsInvalidData()
    {
        var source = await WriteSampleAsync("sample.db", 100_000);
        var compressed = _work.File("sample.db.gz");
        await SnapshotGzip.CompressAsync(source, compressed, CancellationToken.None);

        var decompress = () => SnapshotGzip.DecompressAsync(compressed, _work.File("out.db"), 99_999, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidDataException>(decompress);
    }

    public void Dispose() => _work.Dispose();

    // Text-like, repetitive content compresses as a database of JSON rows does.
    private async Task<string> WriteSampleAsync(string name, int bytes)
    {
        var path = _work.File(name);
        var content = new byte[bytes];
        for (var i = 0; i < bytes; i++)
        {
            content[i] = (byte)('a' + (i * 7 % 26));
        }

        await File.WriteAllBytesAsync(path, content);
        return path;
    }
}
