namespace ScimFunctions.Durability.Stores;

/// <summary>
/// Snapshots in a folder: the self-host's default, for development and tests, and for an Azure
/// Files share mounted over SMB.
/// </summary>
public sealed class LocalFolderStore : IBackupStore
{
    private readonly string _folder;

    public LocalFolderStore(string folder)
    {
        _folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(_folder);
    }

    public string Description => $"local folder {_folder}";

    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellation)
    {
        IReadOnlyList<string> names = [.. Directory.EnumerateFiles(_folder)
            .Select(path => Path.GetFileName(path))
            .Where(name => !TemporaryNames.IsTemporary(name))
            .Order(StringComparer.Ordinal)];
        return Task.FromResult(names);
    }

    public async Task UploadAsync(string name, Stream content, CancellationToken cancellation)
    {
        var target = PathOf(name);
        var temporary = PathOf(TemporaryNames.For(name));

        try
        {
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                await content.CopyToAsync(output, cancellation);
                output.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task DownloadAsync(string name, Stream destination, CancellationToken cancellation)
    {
        await using var input = File.OpenRead(PathOf(name));
        await input.CopyToAsync(destination, cancellation);
    }

    public Task DeleteAsync(string name, CancellationToken cancellation)
    {
        File.Delete(PathOf(name));
        return Task.CompletedTask;
    }

    // Names come from the snapshot catalog, but a name with a folder in it must never escape.
    private string PathOf(string name) =>
        name == Path.GetFileName(name)
            ? Path.Combine(_folder, name)
            : throw new ArgumentException("A store file name cannot contain a folder.", nameof(name));
}
