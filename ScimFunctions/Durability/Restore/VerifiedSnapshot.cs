using ScimFunctions.Durability.Snapshots;

namespace ScimFunctions.Durability.Restore;

/// <summary>
/// A snapshot downloaded and verified into a work folder, ready to be restored; disposing it
/// deletes the folder.
/// </summary>
public sealed class VerifiedSnapshot : IDisposable
{
    private readonly WorkFolder _work;

    internal VerifiedSnapshot(SnapshotMetadata metadata, string databaseFile, WorkFolder work, long fetchStarted)
    {
        Metadata = metadata;
        DatabaseFile = databaseFile;
        _work = work;
        FetchStarted = fetchStarted;
    }

    public SnapshotMetadata Metadata { get; }

    /// <summary>The verified SQLite file, at this build's schema.</summary>
    public string DatabaseFile { get; }

    /// <summary>When the download began (a <see cref="TimeProvider"/> timestamp), for the restore's log line.</summary>
    internal long FetchStarted { get; }

    public void Dispose() => _work.Dispose();
}
