namespace ScimFunctions.Durability.Lease;

/// <summary>
/// The right to be the one instance that writes and backs up. SQLite has one writer and a plan's
/// scale limit is not a guarantee, so the right is a lease, not an assumption.
/// </summary>
public interface IWriterLease
{
    /// <summary>How the right is held, for stats: a blob lease or by configuration.</summary>
    string Mode { get; }

    bool IsHeld { get; }

    /// <summary>Counts acquisitions, so a lease lost and taken again is told apart from the first.</summary>
    long Epoch { get; }

    /// <summary>Tries once to take the lease; true when this instance holds it afterwards.</summary>
    Task<bool> TryAcquireAsync(CancellationToken cancellation);

    /// <summary>Gives the lease up so that the next instance need not wait for it to expire.</summary>
    Task ReleaseAsync(CancellationToken cancellation);
}
