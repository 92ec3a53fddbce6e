using System.Text;
using ScimFunctions.Durability.Stores;

namespace ScimFunctions.Tests.Durability;

public sealed class LocalFolderStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scimtool-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task UploadAsync_ThenDownload_ReturnsSameBytes()
    {
        var store = new LocalFolderStore(_folder);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("snapshot bytes"));

        await store.UploadAsync("a.db.gz", content, CancellationToken.None);

        using var copy = new MemoryStream();
        await store.DownloadAsync("a.db.gz", copy, CancellationToken.None);
        Assert.Equal("snapshot bytes", Encoding.UTF8.GetString(copy.ToArray()));
        Assert.Equal(["a.db.gz"], Directory.EnumerateFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task UploadAsync_ExistingName_ReplacesIt()
    {
        var store = new LocalFolderStore(_folder);
        await store.UploadAsync("a.json", new MemoryStream([1, 2, 3]), CancellationToken.None);

        await store.UploadAsync("a.json", new MemoryStream([4]), CancellationToken.None);

        Assert.Equal([4], await File.ReadAllBytesAsync(Path.Combine(_folder, "a.json")));
    }

    [Fact]
    public async Task ListAsync_WithInterruptedUpload_ListsOnlyCompleteFiles()
    {
        var store = new LocalFolderStore(_folder);
        await store.UploadAsync("b.json", new MemoryStream([1]), CancellationToken.None);
        await store.UploadAsync("a.json", new MemoryStream([1]), CancellationToken.None);
        await File.WriteAllBytesAsync(Path.Combine(_folder, TemporaryNames.For("c.db.gz")), [1]);

        var names = await store.ListAsync(CancellationToken.None);

        Assert.Equal(["a.json", "b.json"], names);
    }

    [Fact]
    public async Task DeleteAsync_MissingFile_IsNotAnError()
    {
        var store = new LocalFolderStore(_folder);
        await store.UploadAsync("a.json", new MemoryStream([1]), CancellationToken.None);

        await store.DeleteAsync("a.json", CancellationToken.None);
        await store.DeleteAsync("a.json", CancellationToken.None);

        Assert.Empty(await store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task UploadAsync_NameWithFolder_IsRefused()
    {
        var store = new LocalFolderStore(_folder);

        await Assert.ThrowsAsync<ArgumentException>(
            () => store.UploadAsync("../escape.json", new MemoryStream([1]), CancellationToken.None));
    }
}
