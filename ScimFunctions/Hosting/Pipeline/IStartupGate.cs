namespace ScimFunctions.Hosting.Pipeline;

/// <summary>
/// Opens once the service may serve: after the start-up restore. Every function, the backup
/// timer included, waits on it, so nothing reads or backs up an empty database before the
/// restore has finished.
/// </summary>
public interface IStartupGate
{
    /// <summary>True once the gate has opened.</summary>
    bool IsOpen { get; }

    Task WaitAsync(CancellationToken cancellation);
}
