using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ScimFunctions.Visibility.RequestLog;

/// <summary>Writes log entries to <see cref="RequestLogDatabase"/>, a batch per transaction.</summary>
public class SqliteRequestLogStore : IRequestLogStore
{
    private const string Insert = """
        INSERT INTO entries (time_ms, method, path, query, status, duration_ms, client,
            resource_type, resource_id, resource_name, request_headers, request_body,
            response_headers, response_body, event_type, severity, summary, is_keepalive, details)
        VALUES ($time, $method, $path, $query, $status, $duration, $client, $rtype, $rid, $rname,
            $reqh, $reqb, $resh, $resb, $event, $severity, $summary, $keepalive, $details);
        """;

    private readonly RequestLogDatabase _database;

    public SqliteRequestLogStore(RequestLogDatabase database) => _database = database;

    public virtual async Task AppendAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellation)
    {
        await using var connection = _database.Open();
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Insert;
        foreach (var entry in entries)
        {
            command.Parameters.Clear();
            Bind(command, entry);
            await command.ExecuteNonQueryAsync(cancellation);
        }

        await transaction.CommitAsync(cancellation);
    }

    public virtual async Task<int> PruneAsync(DateTimeOffset cutoff, int keep, CancellationToken cancellation)
    {
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM entries WHERE time_ms < $cutoff
                OR id <= (SELECT id FROM entries ORDER BY id DESC LIMIT 1 OFFSET $keep);
            """;
        command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$keep", Math.Max(keep, 0));
        return await command.ExecuteNonQueryAsync(cancellation);
    }

    private static void Bind(SqliteCommand command, LogEntry entry)
    {
        var p = command.Parameters;
        p.AddWithValue("$time", entry.Time.ToUnixTimeMilliseconds());
        p.AddWithValue("$method", entry.Method);
        p.AddWithValue("$path", entry.Path);
        p.AddWithValue("$query", entry.Query);
        p.AddWithValue("$status", entry.Status);
        p.AddWithValue("$duration", entry.DurationMs);
        p.AddWithValue("$client", (object?)entry.ClientAddress ?? DBNull.Value);
        p.AddWithValue("$rtype", (object?)entry.ResourceType ?? DBNull.Value);
        p.AddWithValue("$rid", (object?)entry.ResourceId ?? DBNull.Value);
        p.AddWithValue("$rname", (object?)entry.ResourceName ?? DBNull.Value);
        p.AddWithValue("$reqh", JsonSerializer.Serialize(entry.RequestHeaders, Redaction.RedactionJson.Options));
        p.AddWithValue("$reqb", entry.RequestBody);
        p.AddWithValue("$resh", JsonSerializer.Serialize(entry.ResponseHeaders, Redaction.RedactionJson.Options));
        p.AddWithValue("$resb", entry.ResponseBody);
        p.AddWithValue("$event", entry.EventType);
        p.AddWithValue("$severity", entry.Severity);
        p.AddWithValue("$summary", entry.Summary);
        p.AddWithValue("$keepalive", entry.IsKeepalive ? 1 : 0);
        p.AddWithValue("$details", (object?)entry.Details ?? DBNull.Value);
    }
}
