namespace ScimFunctions.Durability.Snapshots;

/// <summary>A snapshot that failed verification: wrong checksum, broken gzip or a failed quick check.</summary>
public sealed class SnapshotInvalidException : Exception
{
    public SnapshotInvalidException()
    {
    }

    public SnapshotInvalidException(string message)
        : base(message)
    {
    }

    public SnapshotInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
