using System.Text.Json;
using Microsoft.Extensions.Logging;
using ScimFunctions.Durability.Stores;

namespace ScimFunctions.Durability.Snapshots;

/// <summary>
/// The snapshots in a store: each is a gzip file plus a metadata file. The metadata is written
/// last and deleted first, so a listed snapshot always has its data.
/// </summary>
public sealed class SnapshotCatalog
{
    private readonly IBackupStore _store;
    private readonly ILogger _logger;

    public SnapshotCatalog(IBackupStore store, ILogger logger)
    {
        _store = store;
        _logger = logger;
    }

    public IBackupStore Store => _store;

    /// <summary>Every complete snapshot, newest generation first.</summary>
    public async Task<IReadOnlyList<SnapshotMetadata>> ListAsync(CancellationToken cancellation)
    {
        var names = (await _store.ListAsync(cancellation)).ToHashSet(StringComparer.Ordinal);
        var snapshots = new List<SnapshotMetadata>();
        foreach (var name in names)
        {
            if (SnapshotNames.IdOfMetadata(name) is { } id && names.Contains(SnapshotNames.Data(id)))
            {
                if (await ReadMetadataAsync(name, id, cancellation) is { } metadata)
                {
                    snapshots.Add(metadata);
                }
            }
        }

        return [.. snapshots.OrderByDescending(snapshot => snapshot.Generation)];
    }

    public async Task UploadAsync(SnapshotMetadata metadata, string compressedFile, CancellationToken cancellation)
    {
        await using (var data = File.OpenRead(compressedFile))
        {
            await _store.UploadAsync(metadata.DataName, data, cancellation);
        }

        using var json = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(metadata, SnapshotMetadata.Json));
        await _store.UploadAsync(metadata.MetadataName, json, cancellation);
    }

    /// <summary>Downloads a snapshot's gzip file to <paramref name="destinationFile"/>.</summary>
    public async Task DownloadAsync(SnapshotMetadata metadata, string destinationFile, CancellationToken cancellation)
    {
        await using var output = File.Create(destinationFile);
        await _store.DownloadAsync(metadata.DataName, output, cancellation);
    }

    public async Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellation)
    {
        await _store.DeleteAsync(metadata.MetadataName, cancellation);
        await _store.DeleteAsync(metadata.DataName, cancellation);
    }

    private async Task<SnapshotMetadata?> ReadMetadataAsync(string name, string id, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        await _store.DownloadAsync(name, buffer, cancellation);
        try
        {
            var metadata = JsonSerializer.Deserialize<SnapshotMetadata>(buffer.ToArray(), SnapshotMetadata.Json);
            if (metadata?.Id == id)
            {
                return metadata;
            }
        }
        catch (JsonException)
        {
            // Logged below like any other unreadable description.
        }

        DurabilityLog.MetadataUnreadable(_logger, id);
        return null;
    }
}
