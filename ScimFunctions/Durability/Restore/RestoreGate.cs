using ScimFunctions.Hosting.Pipeline;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Durability.Restore;

/// <summary>
/// Closed until the start-up restore has finished. Requests wait for it; when the restore fails
/// (the store unreachable) and is being retried, waiting and new requests get a 503 instead of
/// an empty database.
/// </summary>
public sealed class RestoreGate : IStartupGate
{
    private readonly TaskCompletionSource _opened = NewSignal();
    private TaskCompletionSource _failed = NewSignal();

    public bool IsOpen => _opened.Task.IsCompleted;

    /// <summary>True while the start-up restore is failing and being retried.</summary>
    public bool IsFailing => !IsOpen && Volatile.Read(ref _failed).Task.IsCompleted;

    public async Task WaitAsync(CancellationToken cancellation)
    {
        if (IsOpen)
        {
            return;
        }

        await Task.WhenAny(_opened.Task, Volatile.Read(ref _failed).Task).WaitAsync(cancellation);
        if (!IsOpen)
        {
            throw ScimErrors.RestorePending();
        }
    }

    public void Open() => _opened.TrySetResult();

    public void Failing(bool failing)
    {
        if (failing)
        {
            Volatile.Read(ref _failed).TrySetResult();
        }
        else if (_failed.Task.IsCompleted)
        {
            Volatile.Write(ref _failed, NewSignal());
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
