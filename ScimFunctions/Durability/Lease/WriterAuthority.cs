namespace ScimFunctions.Durability.Lease;

/// <summary>
/// Whether this instance may write now: it holds the lease, and its data has caught up with the
/// store since it took the lease. Write endpoints and backups check it.
/// </summary>
public sealed class WriterAuthority
{
    private readonly IWriterLease _lease;
    private long _grantedEpoch;

    public WriterAuthority(IWriterLease lease) => _lease = lease;

    public string Mode => _lease.Mode;

    public bool LeaseHeld => _lease.IsHeld;

    public bool CanWrite => _lease.IsHeld && _lease.Epoch == Interlocked.Read(ref _grantedEpoch);

    /// <summary>Called once the data is current for the lease taken at <paramref name="epoch"/>.</summary>
    public void Grant(long epoch) => Interlocked.Exchange(ref _grantedEpoch, epoch);
}
