using ScimFunctions.Durability.Admin;
using ScimFunctions.Durability.Backup;
using ScimFunctions.Durability.Snapshots;

namespace ScimFunctions.Durability.Restore;

/// <summary>
/// Restores a chosen snapshot live: the chosen one is downloaded and verified first, then the
/// current state is snapshotted (so the restore can itself be undone), then the chosen one is
/// restored and uploaded as the newest generation so that the next start restores it rather
/// than what it replaced. Verifying first means a snapshot that cannot be restored changes
/// nothing, and one that the first backup's pruning removes from the store is still restored.
/// </summary>
public sealed class PointInTimeRestore
{
    private readonly BackupJob _job;
    private readonly SnapshotRestorer _restorer;
    private readonly DurabilityState _state;

    public PointInTimeRestore(BackupJob job, SnapshotRestorer restorer, DurabilityState state)
    {
        _job = job;
        _restorer = restorer;
        _state = state;
    }

    /// <summary>What happened, step by step.</summary>
    public sealed record Result(BackupOutcome? Before, bool Restored, BackupOutcome? After, string? Error, int StatusCode)
    {
        public bool Succeeded => Restored && After?.Succeeded == true;
    }

    public async Task<Result> RunAsync(SnapshotMetadata snapshot, CancellationToken cancellation)
    {
        VerifiedSnapshot verified;
        try
        {
            verified = await _restorer.FetchAsync(snapshot, cancellation);
        }
        catch (SnapshotInvalidException error)
        {
            return new Result(null, false, null, $"The snapshot does not verify ({error.Message}); nothing was restored.", 422);
        }

        BackupOutcome before;
        using (verified)
        {
            before = await _job.RunAsync(BackupReasons.BeforeRestore, force: false, cancellation);
            if (!before.Succeeded)
            {
                const string why = "The current state could not be saved first, so nothing was restored.";
                return new Result(before, false, null, why, BackupJson.StatusOf(before));
            }

            await _state.Exclusive.WaitAsync(cancellation);
            try
            {
                await _restorer.RestoreAsync(verified, cancellation);
            }
            finally
            {
                _state.Exclusive.Release();
            }
        }

        var after = await _job.RunAsync(BackupReasons.AfterRestore, force: true, cancellation);
        return after.Succeeded
            ? new Result(before, true, after, null, 200)
            : new Result(before, true, after, "Restored, but the restored state could not be backed up yet.", BackupJson.StatusOf(after));
    }
}
