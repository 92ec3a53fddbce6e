namespace ScimFunctions.Durability.Lease;

/// <summary>
/// No lease store is configured (the self-host's default): this instance is the single writer
/// because its operator says so, and stats say that this is by configuration.
/// </summary>
public sealed class ConfiguredSingleWriter : IWriterLease
{
    public string Mode => "single writer by configuration";

    public bool IsHeld => true;

    public long Epoch => 1;

    public Task<bool> TryAcquireAsync(CancellationToken cancellation) => Task.FromResult(true);

    public Task ReleaseAsync(CancellationToken cancellation) => Task.CompletedTask;
}
