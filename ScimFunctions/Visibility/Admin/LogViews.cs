using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Visibility.RequestLog;

namespace ScimFunctions.Visibility.Admin;

/// <summary>How log entries and events look in the admin API's JSON.</summary>
internal static class LogViews
{
    public static JsonObject Summary(LogEntry entry) => new()
    {
        ["id"] = entry.Id,
        ["time"] = AdminHttp.Iso(entry.Time),
        ["method"] = entry.Method,
        ["path"] = entry.Path,
        ["query"] = entry.Query,
        ["status"] = entry.Status,
        ["durationMs"] = entry.DurationMs,
        ["client"] = entry.ClientAddress,
        ["resourceType"] = entry.ResourceType,
        ["resourceId"] = entry.ResourceId,
        ["resourceName"] = entry.ResourceName,
        ["type"] = entry.EventType,
        ["severity"] = entry.Severity,
        ["summary"] = entry.Summary,
        ["keepalive"] = entry.IsKeepalive,
    };

    public static JsonObject Event(LogEntry entry)
    {
        var view = Summary(entry);
        view["details"] = entry.Details is null ? null : JsonNode.Parse(entry.Details);
        return view;
    }

    public static JsonObject Detail(LogEntry entry)
    {
        var view = Event(entry);
        view["requestHeaders"] = Headers(entry.RequestHeaders);
        view["requestBody"] = entry.RequestBody;
        view["responseHeaders"] = Headers(entry.ResponseHeaders);
        view["responseBody"] = entry.ResponseBody;
        return view;
    }

    public static JsonObject Page(Page<LogEntry> page, Func<LogEntry, JsonObject> view) => new()
    {
        ["total"] = page.Total,
        ["offset"] = page.Offset,
        ["limit"] = page.Limit,
        ["items"] = new JsonArray([.. page.Items.Select(view)]),
    };

    public static JsonObject Summary(ActivitySummary summary) => new()
    {
        ["since"] = AdminHttp.Iso(summary.Since),
        ["requests"] = summary.Requests,
        ["keepalives"] = summary.Keepalives,
        ["warnings"] = summary.Warnings,
        ["errors"] = summary.Errors,
        ["byType"] = JsonSerializer.SerializeToNode(summary.ByType),
    };

    private static JsonObject Headers(IReadOnlyDictionary<string, string> headers) =>
        new(headers.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value)));
}
