using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScimFunctions.Visibility.Activity;

namespace ScimFunctions.Visibility.RequestLog;

/// <summary>
/// Drains the queue in batches: redacts, classifies and stores each request, and applies the
/// retention settings. A failing store is reported once and the writer carries on.
/// </summary>
public sealed partial class RequestLogWriter : BackgroundService
{
    private static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(20);

    private readonly RequestLogChannel _queue;
    private readonly IRequestLogStore _store;
    private readonly LogEntryBuilder _builder;
    private readonly NameResolver _names;
    private readonly RequestLogOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RequestLogWriter> _logger;
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;
    private long _appendedSincePrune;
    private bool _failing;
    private long _reportedDrops;

    public RequestLogWriter(
        RequestLogChannel queue,
        IRequestLogStore store,
        LogEntryBuilder builder,
        NameResolver names,
        IOptions<RequestLogOptions> options,
        TimeProvider time,
        ILogger<RequestLogWriter> logger)
    {
        _queue = queue;
        _store = store;
        _builder = builder;
        _names = names;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Batches that failed to be written since start.</summary>
    public long FailedBatches { get; private set; }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Requests already queued are still written on a graceful shutdown.
        _queue.Complete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<RequestLogChannel.QueueItem>();
        while (await _queue.WaitToReadAsync())
        {
            Drain(batch);

            // Under load, requests arrived a few at a time (about six a batch under wrk, so a
            // transaction per six); waiting a moment for more makes one transaction of hundreds.
            // Nobody waits on the log meanwhile, unless a flush asked to.
            if (batch.Count < _options.BatchSize && !batch.Exists(item => item.Flushed is not null))
            {
                await Task.Delay(GatherWindow, _time, CancellationToken.None);
                Drain(batch);
            }

            await WriteAsync(batch, CancellationToken.None);
            batch.Clear();
        }
    }

    private void Drain(List<RequestLogChannel.QueueItem> batch)
    {
        while (batch.Count < _options.BatchSize && _queue.TryRead(out var item))
        {
            batch.Add(item);
        }
    }

    internal async Task WriteAsync(IReadOnlyList<RequestLogChannel.QueueItem> batch, CancellationToken cancellation)
    {
        try
        {
            var entries = new List<LogEntry>();
            foreach (var request in batch.Select(item => item.Request).OfType<CapturedRequest>())
            {
                var names = await _names.ResolveAsync(ActivityClassifier.IdsToName(request), cancellation);
                entries.Add(_builder.Build(request, names));
            }

            if (entries.Count > 0)
            {
                await _store.AppendAsync(entries, cancellation);
                _appendedSincePrune += entries.Count;
            }

            await PruneIfDueAsync(cancellation);
            if (_failing)
            {
                _failing = false;
                LogRecovered(_logger);
            }
        }
        catch (Exception error)
        {
            // Whatever fails here (disk, lock, a name lookup) must not end the writer's loop.
            FailedBatches++;
            if (!_failing)
            {
                _failing = true;
                LogWriteFailed(_logger, error, batch.Count);
            }
        }
        finally
        {
            ReportDrops();
            foreach (var item in batch)
            {
                item.Flushed?.TrySetResult();
            }
        }
    }

    private async Task PruneIfDueAsync(CancellationToken cancellation)
    {
        // Also after a tenth of the retained count: under a burst (a load test, a full sync of a
        // large tenant) a minute of requests grew the file by hundreds of megabytes.
        var now = _time.GetUtcNow();
        var burst = _appendedSincePrune >= Math.Max(_options.RetainCount / 10, _options.BatchSize);
        if (now - _lastPrune < PruneInterval && !burst)
        {
            return;
        }

        _lastPrune = now;
        _appendedSincePrune = 0;
        var removed = await _store.PruneAsync(now.AddDays(-_options.RetainDays), _options.RetainCount, cancellation);
        if (removed > 0)
        {
            LogPruned(_logger, removed);
        }
    }

    private void ReportDrops()
    {
        var dropped = _queue.Dropped;
        if (dropped > _reportedDrops)
        {
            LogDropped(_logger, dropped - _reportedDrops, dropped);
            _reportedDrops = dropped;
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error,
        Message = "The request log could not be written ({Entries} entries lost); reported once until it recovers")]
    private static partial void LogWriteFailed(ILogger logger, Exception error, int entries);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "The request log is being written again")]
    private static partial void LogRecovered(ILogger logger);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning,
        Message = "The request log queue was full: {Dropped} requests not logged ({TotalDropped} since start)")]
    private static partial void LogDropped(ILogger logger, long dropped, long totalDropped);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Debug, Message = "Request log retention removed {Removed} entries")]
    private static partial void LogPruned(ILogger logger, int removed);
}
