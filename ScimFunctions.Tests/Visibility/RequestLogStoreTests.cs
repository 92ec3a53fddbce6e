using ScimFunctions.Visibility.RequestLog;

namespace ScimFunctions.Tests.Visibility;

public sealed class RequestLogStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RequestLogDatabase _database;
    private readonly SqliteRequestLogStore _store;
    private readonly RequestLogQueries _queries;

    public RequestLogStoreTests()
    {
        _database = new RequestLogDatabase(_folder.File(RequestLogOptions.FileName));
        _store = new SqliteRequestLogStore(_database);
        _queries = new RequestLogQueries(_database);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task PruneAsync_EntriesOlderThanCutoff_AreRemoved()
    {
        var days = new[] { -20, -15, -1 };
        await _store.AppendAsync([.. days.Select(d => Entry(Captured.Noon.AddDays(d)))], default);

        var removed = await _store.PruneAsync(Captured.Noon.AddDays(-14), 1000, default);

        Assert.Equal(2, removed);
        var page = await _queries.ListLogsAsync(new LogQuery(), default);
        Assert.Equal(Captured.Noon.AddDays(-1), Assert.Single(page.Items).Time);
    }

    [Fact]
    public async Task PruneAsync_MoreThanRetainCount_KeepsNewest()
    {
        await _store.AppendAsync([.. Enumerable.Range(0, 10).Select(i => Entry(Captured.Noon.AddMinutes(i)))], default);

        var removed = await _store.PruneAsync(Captured.Noon.AddDays(-14), 3, default);

        Assert.Equal(7, removed);
        var page = await _queries.ListLogsAsync(new LogQuery(), default);
        Assert.Equal([9, 8, 7], page.Items.Select(e => (int)(e.Time - Captured.Noon).TotalMinutes));
    }

    [Fact]
    public async Task ListActivityAsync_HidingKeepalives_FiltersInQuerySoTotalsAndPagesStayRight()
    {
        var entries = Enumerable.Range(0, 30)
            .Select(i => Entry(Captured.Noon.AddSeconds(i), keepalive: i % 3 != 0))
            .ToList();
        await _store.AppendAsync(entries, default);

        var first = await _queries.ListActivityAsync(new ActivityQuery { HideKeepalives = true, Limit = 4 }, default);
        var third = await _queries.ListActivityAsync(new ActivityQuery { HideKeepalives = true, Limit = 4, Offset = 8 }, default);

        Assert.Equal(10, first.Total);
        Assert.Equal(4, first.Items.Count);
        Assert.All(first.Items, e => Assert.False(e.IsKeepalive));
        Assert.Equal(2, third.Items.Count);
    }

    [Fact]
    public async Task ListLogsAsync_Filters_AreCombined()
    {
        await _store.AppendAsync(
        [
            Entry(Captured.Noon, method: "GET", status: 200),
            Entry(Captured.Noon.AddMinutes(1), method: "POST", status: 409, path: "/scim/v2/Users"),
            Entry(Captured.Noon.AddMinutes(2), method: "POST", status: 201, path: "/scim/v2/Users"),
            Entry(Captured.Noon.AddMinutes(3), method: "PATCH", status: 404, path: "/scim/v2/Groups/x"),
        ], default);

        var posts = await _queries.ListLogsAsync(new LogQuery { Method = "post" }, default);
        var errors = await _queries.ListLogsAsync(new LogQuery { ErrorsOnly = true }, default);
        var fourXx = await _queries.ListLogsAsync(new LogQuery { Status = "4xx", Text = "groups" }, default);
        var range = new LogQuery { From = Captured.Noon.AddMinutes(1), To = Captured.Noon.AddMinutes(2) };
        var window = await _queries.ListLogsAsync(range, default);

        Assert.Equal(2, posts.Total);
        Assert.Equal(2, errors.Total);
        Assert.Equal(404, Assert.Single(fourXx.Items).Status);
        Assert.Equal(2, window.Total);
    }

    [Fact]
    public async Task SummarizeAsync_CountsSinceMoment_KeepalivesApart()
    {
        await _store.AppendAsync(
        [
            Entry(Captured.Noon.AddDays(-3), type: "user.created"),
            Entry(Captured.Noon, type: "user.created"),
            Entry(Captured.Noon, type: "keepalive", keepalive: true),
            Entry(Captured.Noon, type: "error", status: 500, severity: "error"),
        ], default);

        var day = await _queries.SummarizeAsync(Captured.Noon.AddHours(-24), default);
        var week = await _queries.SummarizeAsync(Captured.Noon.AddDays(-7), default);

        Assert.Equal(3, day.Requests);
        Assert.Equal(1, day.Keepalives);
        Assert.Equal(1, day.Errors);
        Assert.Equal(1, day.ByType["user.created"]);
        Assert.Equal(2, week.ByType["user.created"]);
    }

    [Fact]
    public async Task ClearAsync_RemovesEverything()
    {
        await _store.AppendAsync([Entry(Captured.Noon), Entry(Captured.Noon)], default);

        var removed = await _queries.ClearAsync(default);

        Assert.Equal(2, removed);
        Assert.Equal(0, (await _queries.CountAsync(default)).Entries);
    }

    internal static LogEntry Entry(
        DateTimeOffset time,
        string method = "GET",
        int status = 200,
        string path = "/scim/v2/Users",
        string type = "read",
        string severity = "info",
        bool keepalive = false) => new()
        {
            Time = time,
            Method = method,
            Path = path,
            Status = status,
            EventType = keepalive ? "keepalive" : type,
            Severity = severity,
            Summary = $"{method} {path}",
            IsKeepalive = keepalive,
        };
}
