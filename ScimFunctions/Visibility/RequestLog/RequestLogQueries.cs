using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ScimFunctions.Visibility.RequestLog;

/// <summary>Reads of the request log and the activity feed; every filter runs inside the query.</summary>
public sealed class RequestLogQueries
{
    private const string ListColumns = """
        id, time_ms, method, path, query, status, duration_ms, client, resource_type, resource_id,
        resource_name, event_type, severity, summary, is_keepalive, details
        """;

    private const string TextColumns = "path, query, request_body, response_body, resource_name, summary";

    private readonly RequestLogDatabase _database;

    public RequestLogQueries(RequestLogDatabase database) => _database = database;

    public Task<Page<LogEntry>> ListLogsAsync(LogQuery query, CancellationToken cancellation) =>
        PageAsync(LogWhere(query), query.Offset, query.Limit, cancellation);

    public Task<Page<LogEntry>> ListActivityAsync(ActivityQuery query, CancellationToken cancellation)
    {
        var type = query.Type?.Trim().ToLowerInvariant();
        var where = new SqlWhere()
            .AddIf(!string.IsNullOrEmpty(type), "(event_type = $type OR event_type LIKE $typePrefix)",
                ("$type", type ?? string.Empty), ("$typePrefix", type + ".%"))
            .AddIf(!string.IsNullOrWhiteSpace(query.Severity), "severity = $severity",
                ("$severity", query.Severity?.Trim().ToLowerInvariant() ?? string.Empty))
            .AddIf(query.HideKeepalives, "is_keepalive = 0")
            .AddIf(query.AfterId is not null, "id > $afterId", ("$afterId", query.AfterId ?? 0))
            .AddIf(query.From is not null, "time_ms >= $from", ("$from", query.From?.ToUnixTimeMilliseconds() ?? 0))
            .AddIf(query.To is not null, "time_ms <= $to", ("$to", query.To?.ToUnixTimeMilliseconds() ?? 0))
            .AddText(query.Text, "summary", "resource_name", "resource_id", "details", "path");
        return PageAsync(where, query.Offset, query.Limit, cancellation);
    }

    /// <summary>Every matching entry with headers and bodies, newest first, for NDJSON export.</summary>
    public async IAsyncEnumerable<LogEntry> ExportAsync(
        LogQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        var where = LogWhere(query);
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM entries{where} ORDER BY id DESC";
        where.Bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            yield return ReadFull(reader);
        }
    }

    public async Task<LogEntry?> GetAsync(long id, CancellationToken cancellation)
    {
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM entries WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        return await reader.ReadAsync(cancellation) ? ReadFull(reader) : null;
    }

    /// <summary>Counts by event type and severity since a moment, keepalives counted apart.</summary>
    public async Task<ActivitySummary> SummarizeAsync(DateTimeOffset since, CancellationToken cancellation)
    {
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT event_type, severity, is_keepalive, COUNT(*) FROM entries
            WHERE time_ms >= $since GROUP BY event_type, severity, is_keepalive
            """;
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var summary = new ActivitySummary(since);
        while (await reader.ReadAsync(cancellation))
        {
            summary.Add(reader.GetString(0), reader.GetString(1), reader.GetInt64(2) == 1, reader.GetInt64(3));
        }

        return summary;
    }

    public async Task<(long Entries, DateTimeOffset? Oldest)> CountAsync(CancellationToken cancellation)
    {
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), MIN(time_ms) FROM entries";
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        var oldest = reader.IsDBNull(1) ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1));
        return (reader.GetInt64(0), oldest);
    }

    public async Task<int> ClearAsync(CancellationToken cancellation)
    {
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM entries";
        return await command.ExecuteNonQueryAsync(cancellation);
    }

    private static SqlWhere LogWhere(LogQuery query)
    {
        var status = query.Status?.Trim().ToLowerInvariant();
        var statusClass = status is { Length: 3 } && status.EndsWith("xx", StringComparison.Ordinal) && char.IsDigit(status[0]);
        var exactStatus = int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var code);
        return new SqlWhere()
            .AddIf(!string.IsNullOrWhiteSpace(query.Method), "method = $method",
                ("$method", query.Method?.Trim().ToUpperInvariant() ?? string.Empty))
            .AddIf(exactStatus, "status = $status", ("$status", code))
            .AddIf(statusClass, "status / 100 = $statusClass", ("$statusClass", statusClass ? status![0] - '0' : 0))
            .AddIf(query.ErrorsOnly, "status >= 400")
            .AddIf(query.From is not null, "time_ms >= $from", ("$from", query.From?.ToUnixTimeMilliseconds() ?? 0))
            .AddIf(query.To is not null, "time_ms <= $to", ("$to", query.To?.ToUnixTimeMilliseconds() ?? 0))
            .AddText(query.Text, TextColumns.Split(", "));
    }

    private async Task<Page<LogEntry>> PageAsync(SqlWhere where, int offset, int limit, CancellationToken cancellation)
    {
        await using var connection = _database.Open();
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM entries{where}";
        where.Bind(count);
        var total = (long)(await count.ExecuteScalarAsync(cancellation) ?? 0L);

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ListColumns} FROM entries{where} ORDER BY id DESC LIMIT $limit OFFSET $offset";
        where.Bind(command);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        var items = new List<LogEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            items.Add(ReadSummary(reader));
        }

        return new Page<LogEntry>(total, offset, limit, items);
    }

    private static LogEntry ReadSummary(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(reader.GetOrdinal("id")),
        Time = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(reader.GetOrdinal("time_ms"))),
        Method = reader.GetString(reader.GetOrdinal("method")),
        Path = reader.GetString(reader.GetOrdinal("path")),
        Query = reader.GetString(reader.GetOrdinal("query")),
        Status = reader.GetInt32(reader.GetOrdinal("status")),
        DurationMs = reader.GetDouble(reader.GetOrdinal("duration_ms")),
        ClientAddress = Nullable(reader, "client"),
        ResourceType = Nullable(reader, "resource_type"),
        ResourceId = Nullable(reader, "resource_id"),
        ResourceName = Nullable(reader, "resource_name"),
        EventType = reader.GetString(reader.GetOrdinal("event_type")),
        Severity = reader.GetString(reader.GetOrdinal("severity")),
        Summary = reader.GetString(reader.GetOrdinal("summary")),
        IsKeepalive = reader.GetInt64(reader.GetOrdinal("is_keepalive")) == 1,
        Details = Nullable(reader, "details"),
    };

    private static LogEntry ReadFull(SqliteDataReader reader) => ReadSummary(reader) with
    {
        RequestHeaders = Headers(reader.GetString(reader.GetOrdinal("request_headers"))),
        RequestBody = reader.GetString(reader.GetOrdinal("request_body")),
        ResponseHeaders = Headers(reader.GetString(reader.GetOrdinal("response_headers"))),
        ResponseBody = reader.GetString(reader.GetOrdinal("response_body")),
    };

    private static string? Nullable(SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    private static Dictionary<string, string> Headers(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
