using ScimFunctions.Hosting.Pipeline;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Durability.Restore;

/// <summary>
/// Closed until the start-up restore has finished. Requests wait for it; while the restore keeps
/// failing (the store unreachable), new requests get a 503 at once instead of an empty database.
/// </summary>
public sealed class RestoreGate : IStartupGate
{
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _failing;

    public bool IsOpen => _opened.Task.IsCompleted;

    /// <summary>True while the start-up restore is failing and being retried.</summary>
    public bool IsFailing => _failing && !IsOpen;

    public Task WaitAsync(CancellationToken cancellation)
    {
        if (IsOpen)
        {
            return Task.CompletedTask;
        }

        return IsFailing ? throw ScimErrors.RestorePending() : _opened.Task.WaitAsync(cancellation);
    }

    public void Open() => _opened.TrySetResult();

    public void Failing(bool failing) => _failing = failing;
}
