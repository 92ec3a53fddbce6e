namespace ScimFunctions.Durability.Stores;

/// <summary>
/// A flat folder of named files where snapshots are kept. Uploads are atomic: a file appears
/// under its name complete or not at all (temporary name, then rename).
/// </summary>
public interface IBackupStore
{
    /// <summary>Where the files go, for stats and logs; never contains a secret.</summary>
    string Description { get; }

    /// <summary>The names of the files in the store (not of temporary uploads).</summary>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellation);

    /// <summary>Writes a seekable stream under <paramref name="name"/>, replacing any file of that name.</summary>
    Task UploadAsync(string name, Stream content, CancellationToken cancellation);

    Task DownloadAsync(string name, Stream destination, CancellationToken cancellation);

    /// <summary>Deletes a file; a file that is already gone is not an error.</summary>
    Task DeleteAsync(string name, CancellationToken cancellation);
}
