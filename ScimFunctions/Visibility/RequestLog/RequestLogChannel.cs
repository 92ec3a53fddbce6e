using System.Threading.Channels;

namespace ScimFunctions.Visibility.RequestLog;

/// <summary>
/// The bounded hand-over between requests and the background writer. A full queue drops the
/// newest request and counts it: logging never makes a SCIM request wait.
/// </summary>
public sealed class RequestLogChannel
{
    private readonly Channel<QueueItem> _channel;
    private long _dropped;

    public RequestLogChannel(int capacity) =>
        _channel = Channel.CreateBounded<QueueItem>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });

    /// <summary>Requests dropped because the queue was full, since start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    internal ChannelReader<QueueItem> Reader => _channel.Reader;

    /// <summary>Queues a request without waiting; false (and counted) when the queue is full.</summary>
    public bool TryEnqueue(CapturedRequest request)
    {
        if (_channel.Writer.TryWrite(new QueueItem(request, null)))
        {
            return true;
        }

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

    internal sealed record QueueItem(CapturedRequest? Request, TaskCompletionSource? Flushed);
}
