using Azure;
using Azure.Storage.Files.Shares;
using Azure.Storage.Files.Shares.Models;
using Moq;
using ScimFunctions.Durability.Stores;

namespace ScimFunctions.Tests.Durability;

public sealed class AzureFilesStoreTests
{
    private readonly Mock<ShareDirectoryClient> _directory = new();
    private readonly Mock<ShareFileClient> _file = new();
    private readonly List<string> _fileNames = [];

    public AzureFilesStoreTests()
    {
        _directory.SetupGet(d => d.Path).Returns("backups");
        _directory.SetupGet(d => d.ShareName).Returns("scimtool");
        _directory.Setup(d => d.GetFileClient(It.IsAny<string>()))
            .Callback<string>(_fileNames.Add)
            .Returns(_file.Object);
        _directory.Setup(d => d.CreateIfNotExistsAsync(It.IsAny<ShareDirectoryCreateOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Mock.Of<Response<ShareDirectoryInfo>>());
        _file.Setup(
            f => f.CreateAsync(
                It.IsAny<long>(),
                It.IsAny<ShareFileCreateOptions>(),
                It.IsAny<ShareFileRequestConditions>(),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync(Mock.Of<Response<ShareFileInfo>>());
        _file.Setup(f => f.UploadAsync(It.IsAny<Stream>(), It.IsAny<ShareFileUploadOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Mock.Of<Response<ShareFileUploadInfo>>());
        _file.Setup(f => f.RenameAsync(It.IsAny<string>(), It.IsAny<ShareFileRenameOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Mock.Of<Response<ShareFileClient>>());
        _file.Setup(f => f.DeleteIfExistsAsync(It.IsAny<ShareFileRequestConditions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Response.FromValue(true, Mock.Of<Response>()));
    }

    [Fact]
    public async Task UploadAsync_CreatesWithSizeUploadsThenRenames()
    {
        var store = new AzureFilesStore(_directory.Object);
        using var content = new MemoryStream(new byte[1234]);

        await store.UploadAsync("scim-1.db.gz", content, CancellationToken.None);

        var temporary = Assert.Single(_fileNames);
        Assert.StartsWith("scim-1.db.gz.", temporary, StringComparison.Ordinal);
        Assert.True(TemporaryNames.IsTemporary(temporary));
        _directory.Verify(
            d => d.CreateIfNotExistsAsync(It.IsAny<ShareDirectoryCreateOptions>(), It.IsAny<CancellationToken>()), Times.Once);
        _file.Verify(f => f.CreateAsync(1234, It.IsAny<ShareFileCreateOptions>(), null, It.IsAny<CancellationToken>()), Times.Once);
        _file.Verify(f => f.UploadAsync(content, It.IsAny<ShareFileUploadOptions>(), It.IsAny<CancellationToken>()), Times.Once);
        _file.Verify(
            f => f.RenameAsync(
                "backups/scim-1.db.gz",
                It.Is<ShareFileRenameOptions>(o => o.ReplaceIfExists == true),
                It.IsAny<CancellationToken>()),
            Times.Once);
        _file.Verify(f => f.DeleteIfExistsAsync(It.IsAny<ShareFileRequestConditions>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task UploadAsync_UploadFails_DeletesTemporaryFileAndThrows()
    {
        _file.Setup(f => f.UploadAsync(It.IsAny<Stream>(), It.IsAny<ShareFileUploadOptions>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(500, "server busy", "ServerBusy", null));
        var store = new AzureFilesStore(_directory.Object);

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => store.UploadAsync("scim-1.json", new MemoryStream([1]), CancellationToken.None));

        Assert.Equal("ServerBusy", error.ErrorCode);
        _file.Verify(f => f.DeleteIfExistsAsync(It.IsAny<ShareFileRequestConditions>(), It.IsAny<CancellationToken>()), Times.Once);
        _file.Verify(
            f => f.RenameAsync(It.IsAny<string>(), It.IsAny<ShareFileRenameOptions>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task UploadAsync_ShareRoot_RenamesToBareName()
    {
        _directory.SetupGet(d => d.Path).Returns(string.Empty);
        var store = new AzureFilesStore(_directory.Object);

        await store.UploadAsync("scim-1.json", new MemoryStream([1]), CancellationToken.None);

        _file.Verify(f => f.RenameAsync("scim-1.json", It.IsAny<ShareFileRenameOptions>(), It.IsAny<CancellationToken>()), Times.Once);
        _directory.Verify(
            d => d.CreateIfNotExistsAsync(It.IsAny<ShareDirectoryCreateOptions>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ListAsync_SkipsFoldersAndTemporaryUploads()
    {
        ShareFileItem[] items =
        [
            FilesModelFactory.StorageFileItem(false, "scim-2.json", 10),
            FilesModelFactory.StorageFileItem(true, "nested", null),
            FilesModelFactory.StorageFileItem(false, TemporaryNames.For("scim-3.db.gz"), 10),
            FilesModelFactory.StorageFileItem(false, "scim-1.json", 10),
        ];
        _directory.Setup(
            d => d.GetFilesAndDirectoriesAsync(It.IsAny<ShareDirectoryGetFilesAndDirectoriesOptions>(), It.IsAny<CancellationToken>()))
            .Returns(AsyncPageable<ShareFileItem>.FromPages([Page<ShareFileItem>.FromValues(items, null, Mock.Of<Response>())]));
        var store = new AzureFilesStore(_directory.Object);

        var names = await store.ListAsync(CancellationToken.None);

        Assert.Equal(["scim-1.json", "scim-2.json"], names);
    }

    [Fact]
    public async Task ListAsync_FolderNotCreatedYet_IsEmpty()
    {
        _directory.Setup(
            d => d.GetFilesAndDirectoriesAsync(It.IsAny<ShareDirectoryGetFilesAndDirectoriesOptions>(), It.IsAny<CancellationToken>()))
            .Throws(new RequestFailedException(404, "not found", ShareErrorCode.ResourceNotFound.ToString(), null));
        var store = new AzureFilesStore(_directory.Object);

        var names = await store.ListAsync(CancellationToken.None);

        Assert.Empty(names);
    }

    [Fact]
    public async Task ListAsync_AccessDenied_Throws()
    {
        _directory.Setup(
            d => d.GetFilesAndDirectoriesAsync(It.IsAny<ShareDirectoryGetFilesAndDirectoriesOptions>(), It.IsAny<CancellationToken>()))
            .Throws(new RequestFailedException(403, "denied", "AuthorizationFailure", null));
        var store = new AzureFilesStore(_directory.Object);

        await Assert.ThrowsAsync<RequestFailedException>(() => store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DownloadAsync_CopiesFileContent()
    {
        var info = FilesModelFactory.StorageFileDownloadInfo(content: new MemoryStream([7, 8, 9]));
        _file.Setup(f => f.DownloadAsync(It.IsAny<ShareFileDownloadOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Response.FromValue(info, Mock.Of<Response>()));
        var store = new AzureFilesStore(_directory.Object);
        using var destination = new MemoryStream();

        await store.DownloadAsync("scim-1.db.gz", destination, CancellationToken.None);

        Assert.Equal([7, 8, 9], destination.ToArray());
        Assert.Equal(["scim-1.db.gz"], _fileNames);
    }

    [Fact]
    public async Task DeleteAsync_DeletesIfExists()
    {
        var store = new AzureFilesStore(_directory.Object);

        await store.DeleteAsync("scim-1.json", CancellationToken.None);

        Assert.Equal(["scim-1.json"], _fileNames);
        _file.Verify(f => f.DeleteIfExistsAsync(It.IsAny<ShareFileRequestConditions>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
