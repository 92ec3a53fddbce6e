using Azure;
using Azure.Storage.Files.Shares;
using Azure.Storage.Files.Shares.Models;

namespace ScimFunctions.Durability.Stores;

/// <summary>
/// Snapshots in a folder of an Azure Files share. A file is created with its final size,
/// uploaded (the SDK splits the content into ranges), then renamed from its temporary name, so a
/// reader never sees half a snapshot. Transient faults are retried by the SDK's own policy.
/// </summary>
public sealed class AzureFilesStore : IBackupStore
{
    private readonly ShareDirectoryClient _directory;
    private readonly bool _isRoot;
    private bool _directoryReady;

    public AzureFilesStore(ShareDirectoryClient directory)
    {
        _directory = directory;
        _isRoot = string.IsNullOrEmpty(directory.Path);
    }

    public string Description =>
        _isRoot
            ? $"Azure Files share {_directory.ShareName}"
            : $"Azure Files share {_directory.ShareName}, folder {_directory.Path}";

    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellation)
    {
        var names = new List<string>();
        try
        {
            var items = _directory.GetFilesAndDirectoriesAsync(new ShareDirectoryGetFilesAndDirectoriesOptions(), cancellation);
            await foreach (var item in items)
            {
                if (!item.IsDirectory && !TemporaryNames.IsTemporary(item.Name))
                {
                    names.Add(item.Name);
                }
            }
        }
        catch (RequestFailedException error) when (error.ErrorCode == ShareErrorCode.ResourceNotFound)
        {
            // The folder is created on the first upload; before that there is nothing to list.
            return [];
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    public async Task UploadAsync(string name, Stream content, CancellationToken cancellation)
    {
        await EnsureDirectoryAsync(cancellation);
        var temporary = _directory.GetFileClient(TemporaryNames.For(name));

        try
        {
            await temporary.CreateAsync(content.Length - content.Position, new ShareFileCreateOptions(), null, cancellation);
            await temporary.UploadAsync(content, new ShareFileUploadOptions(), cancellation);
            var options = new ShareFileRenameOptions { ReplaceIfExists = true };
            await temporary.RenameAsync(TargetPath(name), options, cancellation);
        }
        catch
        {
            await temporary.DeleteIfExistsAsync(null, CancellationToken.None);
            throw;
        }
    }

    public async Task DownloadAsync(string name, Stream destination, CancellationToken cancellation)
    {
        var file = _directory.GetFileClient(name);
        var download = await file.DownloadAsync(new ShareFileDownloadOptions(), cancellation);
        await using var content = download.Value.Content;
        await content.CopyToAsync(destination, cancellation);
    }

    public async Task DeleteAsync(string name, CancellationToken cancellation) =>
        await _directory.GetFileClient(name).DeleteIfExistsAsync(null, cancellation);

    // Rename takes a path from the share's root, not from the folder.
    private string TargetPath(string name) => _isRoot ? name : $"{_directory.Path.TrimEnd('/')}/{name}";

    private async Task EnsureDirectoryAsync(CancellationToken cancellation)
    {
        if (_directoryReady || _isRoot)
        {
            return;
        }

        await _directory.CreateIfNotExistsAsync(new ShareDirectoryCreateOptions(), cancellation);
        _directoryReady = true;
    }
}
