using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScimFunctions.Visibility.Activity;
using ScimFunctions.Visibility.Redaction;
using ScimFunctions.Visibility.RequestLog;

namespace ScimFunctions.Tests.Visibility;

public sealed class RequestLogWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RequestLogDatabase _database;
    private readonly TimerSignallingClock _time = new(Captured.Noon);
    private readonly FakeLogger<RequestLogWriter> _logger = new();
    private readonly RequestLogChannel _channel = new(10);

    public RequestLogWriterTests() => _database = new RequestLogDatabase(_folder.File(RequestLogOptions.FileName));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WriteAsync_EntriesOlderThanRetainDays_ArePrunedByTheInjectedClock()
    {
        var writer = Writer(new SqliteRequestLogStore(_database), new RequestLogOptions { RetainDays = 2 });
        var old = Captured.Request("GET", "/scim/v2/Users", 200, time: Captured.Noon.AddDays(-3));
        var recent = Captured.Request("GET", "/scim/v2/Users", 200, time: Captured.Noon.AddHours(-1));

        await writer.WriteAsync([Item(old), Item(recent)], default);

        var page = await new RequestLogQueries(_database).ListLogsAsync(new LogQuery(), default);
        Assert.Equal(Captured.Noon.AddHours(-1), Assert.Single(page.Items).Time);
    }

    [Fact]
    public async Task WriteAsync_MoreThanRetainCount_KeepsNewest()
    {
        var writer = Writer(new SqliteRequestLogStore(_database), new RequestLogOptions { RetainCount = 2 });
        var requests = Enumerable.Range(1, 5).Select(i => Item(Captured.Request("GET", $"/scim/v2/Users/{i}", 200))).ToList();

        await writer.WriteAsync(requests, default);

        var page = await new RequestLogQueries(_database).ListLogsAsync(new LogQuery(), default);
        Assert.Equal(["/scim/v2/Users/5", "/scim/v2/Users/4"], page.Items.Select(e => e.Path));
    }

    [Fact]
    public async Task WriteAsync_BurstWithinTheMinute_PrunesWithoutWaitingForTheClock()
    {
        var options = new RequestLogOptions { RetainCount = 2, BatchSize = 3 };
        var writer = Writer(new SqliteRequestLogStore(_database), options);
        await writer.WriteAsync([Item(Captured.Request("GET", "/scim/v2/Users/0", 200))], default);
        var burst = Enumerable.Range(1, 3).Select(i => Item(Captured.Request("GET", $"/scim/v2/Users/{i}", 200))).ToList();

        await writer.WriteAsync(burst, default);

        var page = await new RequestLogQueries(_database).ListLogsAsync(new LogQuery(), default);
        Assert.Equal(["/scim/v2/Users/3", "/scim/v2/Users/2"], page.Items.Select(e => e.Path));
    }

    [Fact]
    public async Task WriteAsync_FewEntriesWithinTheMinute_WaitsForTheClockToPrune()
    {
        var options = new RequestLogOptions { RetainCount = 2, BatchSize = 10 };
        var writer = Writer(new SqliteRequestLogStore(_database), options);
        await writer.WriteAsync([Item(Captured.Request("GET", "/scim/v2/Users/0", 200))], default);

        await writer.WriteAsync(
            Enumerable.Range(1, 3).Select(i => Item(Captured.Request("GET", $"/scim/v2/Users/{i}", 200))).ToList(), default);
        var beforeTheMinute = await new RequestLogQueries(_database).CountAsync(default);
        _time.Advance(TimeSpan.FromMinutes(1));
        await writer.WriteAsync([Item(Captured.Request("GET", "/scim/v2/Users/4", 200))], default);

        Assert.Equal(4, beforeTheMinute.Entries);
        Assert.Equal(2, (await new RequestLogQueries(_database).CountAsync(default)).Entries);
    }

    [Fact]
    public async Task WriteAsync_FailingStore_ReportsOnceCompletesFlushAndCarriesOn()
    {
        var writer = Writer(new FailingStore(_database), new RequestLogOptions());
        var flushed = new TaskCompletionSource();

        await writer.WriteAsync([Item(Captured.Request("GET", "/scim/v2/Users", 200))], default);
        await writer.WriteAsync([Item(Captured.Request("GET", "/scim/v2/Users", 200)), new(null, flushed)], default);

        Assert.True(flushed.Task.IsCompletedSuccessfully);
        Assert.Equal(2, writer.FailedBatches);
        Assert.Single(_logger.Collector.GetSnapshot(), record => record.Id.Id == 5001);
    }

    [Fact]
    public async Task WriteAsync_StoreRecovers_LogsRecovery()
    {
        var store = new FailingStore(_database);
        var writer = Writer(store, new RequestLogOptions());
        await writer.WriteAsync([Item(Captured.Request("GET", "/scim/v2/Users", 200))], default);
        store.Failing = false;

        await writer.WriteAsync([Item(Captured.Request("GET", "/scim/v2/Users", 200))], default);

        Assert.Contains(_logger.Collector.GetSnapshot(), record => record.Id.Id == 5002);
        Assert.Equal(1, (await new RequestLogQueries(_database).CountAsync(default)).Entries);
    }

    [Fact]
    public async Task ExecuteAsync_RequestsArrivingWhileItGathers_AreStoredInOneBatch()
    {
        var store = new CountingStore(_database);
        var writer = Writer(store, new RequestLogOptions());
        _channel.TryEnqueue(Captured.Request("GET", "/scim/v2/Users/1", 200));
        _channel.TryEnqueue(Captured.Request("GET", "/scim/v2/Users/2", 200));
        await writer.StartAsync(default);

        await _time.TimerCreated.Task.WaitAsync(TimeSpan.FromSeconds(10));
        _channel.TryEnqueue(Captured.Request("GET", "/scim/v2/Users/3", 200));
        _time.Advance(TimeSpan.FromSeconds(1));
        await store.FirstBatch.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([3], store.BatchSizes);
        await writer.StopAsync(default);
    }

    [Fact]
    public async Task ExecuteAsync_FlushQueued_IsWrittenWithoutGathering()
    {
        var store = new CountingStore(_database);
        var writer = Writer(store, new RequestLogOptions());
        _channel.TryEnqueue(Captured.Request("GET", "/scim/v2/Users/1", 200));
        var flush = _channel.FlushAsync(default);
        await writer.StartAsync(default);

        await flush.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([1], store.BatchSizes);
        await writer.StopAsync(default);
    }

    [Fact]
    public void TryEnqueue_FullChannel_DropsAndCounts()
    {
        var channel = new RequestLogChannel(1);

        var first = channel.TryEnqueue(Captured.Request("GET", "/scim/v2/Users", 200));
        var second = channel.TryEnqueue(Captured.Request("GET", "/scim/v2/Users", 200));

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, channel.Dropped);
    }

    private RequestLogWriter Writer(IRequestLogStore store, RequestLogOptions options) => new(
        _channel,
        store,
        new LogEntryBuilder(new SecretRedactor([]), options.MaxBodyChars),
        new NameResolver(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>()),
        Options.Create(options),
        _time,
        _logger);

    private static RequestLogChannel.QueueItem Item(CapturedRequest request) => new(request, null);

    /// <summary>Records the size of every batch it stores.</summary>
    private sealed class CountingStore(RequestLogDatabase database) : SqliteRequestLogStore(database)
    {
        public List<int> BatchSizes { get; } = [];

        public TaskCompletionSource FirstBatch { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task AppendAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellation)
        {
            await base.AppendAsync(entries, cancellation);
            BatchSizes.Add(entries.Count);
            FirstBatch.TrySetResult();
        }
    }

    /// <summary>A fake clock that says when someone starts waiting on it.</summary>
    private sealed class TimerSignallingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        public TaskCompletionSource TimerCreated { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            TimerCreated.TrySetResult();
            return timer;
        }
    }

    /// <summary>A store whose disk has gone away: every write throws until told otherwise.</summary>
    private sealed class FailingStore(RequestLogDatabase database) : SqliteRequestLogStore(database)
    {
        public bool Failing { get; set; } = true;

        public override Task AppendAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellation) =>
            Failing ? throw new IOException("disk full") : base.AppendAsync(entries, cancellation);
    }
}
