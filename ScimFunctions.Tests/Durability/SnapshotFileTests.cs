using System.IO.Compression;
using System.Security.Cryptography;
using ScimFunctions.Durability.Snapshots;

namespace ScimFunctions.Tests.Durability;

public sealed class SnapshotFileTests : IDisposable
{
    private readonly WorkFolder _work = new(Path.Combine(Path.GetTempPath(), "scimtool-tests"));

    [Fact]
    public async Task CompressAsync_AnyFile_ReturnsSha256OfTheCompressedFile()
    {
        var source = await WriteSampleAsync("sample.db", 3_000_000);
        var compressed = _work.File("sample.db.gz");

        var sha256 = await SnapshotFile.CompressAsync(source, compressed, CancellationToken.None);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(compressed))), sha256);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(SnapshotFile.ChunkSize)]
    [InlineData((2 * SnapshotFile.ChunkSize) + 7)]
    public async Task CompressAsync_AnySizeAroundTheChunkSize_RoundTripsThroughGzip(int size)
    {
        var source = await WriteSampleAsync("sample.db", size);
        var compressed = _work.File("sample.db.gz");

        await SnapshotFile.CompressAsync(source, compressed, CancellationToken.None);

        await using var gzip = new GZipStream(File.OpenRead(compressed), CompressionMode.Decompress);
        using var restored = new MemoryStream();
        await gzip.CopyToAsync(restored);
        Assert.Equal(await File.ReadAllBytesAsync(source), restored.ToArray());
    }

    [Fact]
    public async Task DecompressAsync_CompressedFile_RestoresBytesAndReturnsSameSha256()
    {
        var source = await WriteSampleAsync("sample.db", 3_000_000);
        var compressed = _work.File("sample.db.gz");
        var written = await SnapshotFile.CompressAsync(source, compressed, CancellationToken.None);
        var restored = _work.File("restored.db");

        var read = await SnapshotFile.DecompressAsync(compressed, restored, long.MaxValue, CancellationToken.None);

        Assert.Equal(written, read);
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

        await SnapshotFile.DecompressAsync(compressed, _work.File("members.txt"), long.MaxValue, CancellationToken.None);

        Assert.Equal("first part second part", await File.ReadAllTextAsync(_work.File("members.txt")));
    }

    [Fact]
    public async Task DecompressAsync_MoreThanTheLimit_ThrowsInvalidData()
    {
        var source = await WriteSampleAsync("sample.db", 100_000);
        var compressed = _work.File("sample.db.gz");
        await SnapshotFile.CompressAsync(source, compressed, CancellationToken.None);

        var decompress = () => SnapshotFile.DecompressAsync(compressed, _work.File("out.db"), 99_999, CancellationToken.None);

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
