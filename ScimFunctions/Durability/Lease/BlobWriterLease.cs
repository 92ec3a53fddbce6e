using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;

namespace ScimFunctions.Durability.Lease;

/// <summary>
/// The writer lease as a blob lease in the Functions storage account, renewed in the background
/// at a third of its duration, so two missed renewals still leave it held.
/// </summary>
public sealed class BlobWriterLease : IWriterLease, IAsyncDisposable
{
    private readonly BlobClient _blob;
    private readonly BlobLeaseClient _lease;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private CancellationTokenSource? _renewal;
    private Task _renewing = Task.CompletedTask;
    private TaskCompletionSource _attempted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _held;
    private long _epoch;

    public BlobWriterLease(BlobClient blob, TimeSpan duration, TimeProvider time, ILogger logger)
    {
        _blob = blob;
        _lease = blob.GetBlobLeaseClient(Guid.NewGuid().ToString());
        _duration = duration;
        _time = time;
        _logger = logger;
    }

    public string Mode => "blob lease";

    public bool IsHeld => _held;

    public long Epoch => Interlocked.Read(ref _epoch);

    /// <summary>Completes when the next renewal attempt has finished, held or lost (for tests).</summary>
    internal Task NextRenewalAttempt => Volatile.Read(ref _attempted).Task;

    public async Task<bool> TryAcquireAsync(CancellationToken cancellation)
    {
        if (_held)
        {
            return true;
        }

        await EnsureBlobAsync(cancellation);
        try
        {
            await _lease.AcquireAsync(_duration, cancellationToken: cancellation);
        }
        catch (RequestFailedException error) when (error.Status == 409)
        {
            return false;
        }

        await StopRenewalAsync();
        Interlocked.Increment(ref _epoch);
        _held = true;
        _renewal = new CancellationTokenSource();
        _renewing = RenewAsync(_renewal.Token);
        DurabilityLog.LeaseAcquired(_logger, _blob.BlobContainerName, _blob.Name);
        return true;
    }

    public async Task ReleaseAsync(CancellationToken cancellation)
    {
        await StopRenewalAsync();
        if (!_held)
        {
            return;
        }

        _held = false;
        await _lease.ReleaseAsync(cancellationToken: cancellation);
        DurabilityLog.LeaseReleased(_logger);
    }

    public async ValueTask DisposeAsync()
    {
        await StopRenewalAsync();
        _renewal?.Dispose();
    }

    private async Task RenewAsync(CancellationToken cancellation)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_duration / 3, _time, cancellation);
                await _lease.RenewAsync(cancellationToken: cancellation);
                SignalAttempt();
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        catch (RequestFailedException error)
        {
            // Another instance took the lease after it expired, or the account is unreachable:
            // either way this instance may no longer write.
            _held = false;
            DurabilityLog.LeaseLost(_logger, error.Status, error.ErrorCode);
            SignalAttempt();
        }
    }

    private void SignalAttempt() =>
        Interlocked.Exchange(ref _attempted, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    private async Task StopRenewalAsync()
    {
        if (_renewal is null)
        {
            return;
        }

        _renewal.Cancel();
        await _renewing;
        _renewal.Dispose();
        _renewal = null;
    }

    private async Task EnsureBlobAsync(CancellationToken cancellation)
    {
        var container = _blob.GetParentBlobContainerClient();
        await container.CreateIfNotExistsAsync(cancellationToken: cancellation);
        try
        {
            var conditions = new Azure.Storage.Blobs.Models.BlobRequestConditions { IfNoneMatch = ETag.All };
            var options = new Azure.Storage.Blobs.Models.BlobUploadOptions { Conditions = conditions };
            await _blob.UploadAsync(BinaryData.FromBytes([]), options, cancellation);
        }
        catch (RequestFailedException error) when (error.Status is 409 or 412)
        {
            // The blob exists already (and may be leased by another instance): that is the normal case.
        }
    }
}
