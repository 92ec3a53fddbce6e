namespace ScimFunctions.Durability.Snapshots;

/// <summary>
/// A private folder for one snapshot's temporary files, beside the live database (the same
/// volume, so space is counted where the data lives), removed when disposed.
/// </summary>
public sealed class WorkFolder : IDisposable
{
    public WorkFolder(string parent)
    {
        Path = System.IO.Path.Combine(parent, "work", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder costs disk space only; the next start sweeps it.
        }
    }

    /// <summary>Deletes what an interrupted run left behind.</summary>
    public static void Sweep(string parent)
    {
        var root = System.IO.Path.Combine(parent, "work");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
