using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace ScimFunctions.Visibility.RequestLog;

/// <summary>
/// The bounded hand-over between requests and the background writer, bounded both in requests
/// and in the bytes of the bodies they carry. A full queue drops the newest request and counts
/// it: logging never makes a SCIM request wait, nor the log hold more memory than its budget.
/// </summary>
public sealed class RequestLogChannel
{
    private readonly Channel<QueueItem> _channel;
    private readonly long _maxBodyBytes;
    private long _dropped;
    private long _pendingBodyBytes;

    /// <param name="capacity">Requests waiting at most.</param>
    /// <param name="maxBodyBytes">Bytes of request and response bodies waiting at most.</param>
    public RequestLogChannel(int capacity, long maxBodyBytes = long.MaxValue)
    {
        _maxBodyBytes = maxBodyBytes;
        _channel = Channel.CreateBounded<QueueItem>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Requests dropped because the queue was full, since start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Queues a request without waiting; false (and counted) when the queue is full.</summary>
    public bool TryEnqueue(CapturedRequest request)
    {
        var size = BodyBytes(request);
        if (Interlocked.Add(ref _pendingBodyBytes, size) <= _maxBodyBytes
            && _channel.Writer.TryWrite(new QueueItem(request, null)))
        {
            return true;
        }

        Interlocked.Add(ref _pendingBodyBytes, -size);
        Interlocked.Increment(ref _dropped);
        return false;
    }

    /// <summary>
    /// Completes once everything queued before the call has been written (or has failed to be),
    /// so that a read of the log sees the requests that came before it.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellation)
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _channel.Writer.WriteAsync(new QueueItem(null, flushed), cancellation);
        await flushed.Task.WaitAsync(cancellation);
    }

    internal void Complete() => _channel.Writer.TryComplete();

    internal ValueTask<bool> WaitToReadAsync() => _channel.Reader.WaitToReadAsync(CancellationToken.None);

    internal bool TryRead([MaybeNullWhen(false)] out QueueItem item)
    {
        if (!_channel.Reader.TryRead(out item))
        {
            return false;
        }

        if (item.Request is { } request)
        {
            Interlocked.Add(ref _pendingBodyBytes, -BodyBytes(request));
        }

        return true;
    }

    private static long BodyBytes(CapturedRequest request) => request.RequestBody.Length + request.ResponseBody.Length;

    internal sealed record QueueItem(CapturedRequest? Request, TaskCompletionSource? Flushed);
}
