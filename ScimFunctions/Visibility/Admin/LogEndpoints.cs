using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Visibility.RequestLog;

namespace ScimFunctions.Visibility.Admin;

/// <summary>The request log: list with filters, one entry in full, export as NDJSON, clear.</summary>
public sealed partial class LogEndpoints : IEndpointGroup
{
    public void Map(RouteTable routes) => routes
        .Map("GET", "/scim/admin/logs", AccessPolicy.Admin, ListAsync)
        .Map("DELETE", "/scim/admin/logs", AccessPolicy.Admin, ClearAsync)
        .Map("GET", "/scim/admin/logs/export", AccessPolicy.Admin, ExportAsync)
        .Map("GET", "/scim/admin/logs/{id}", AccessPolicy.Admin, GetAsync);

    internal static LogQuery ReadQuery(RequestContext context) => new()
    {
        Method = AdminHttp.Text(context, "method"),
        Status = AdminHttp.Text(context, "status"),
        ErrorsOnly = AdminHttp.Bool(context, "errors"),
        Text = AdminHttp.Text(context, "q"),
        From = AdminHttp.Time(context, "from"),
        To = AdminHttp.Time(context, "to"),
        Offset = AdminHttp.Int(context, "offset", 0, 0, int.MaxValue),
        Limit = AdminHttp.Int(context, "limit", 50, 1, AdminHttp.MaxLimit),
    };

    private static async Task<AppResponse> ListAsync(RequestContext context)
    {
        await FreshAsync(context);
        var page = await Queries(context).ListLogsAsync(ReadQuery(context), context.Cancellation);
        return AdminHttp.Json(LogViews.Page(page, LogViews.Summary));
    }

    private static async Task<AppResponse> GetAsync(RequestContext context)
    {
        var text = context.RouteValue("id");
        if (!long.TryParse(text, out var id))
        {
            throw ScimErrors.NotFound("Log entry", text);
        }

        await FreshAsync(context);
        var entry = await Queries(context).GetAsync(id, context.Cancellation) ?? throw ScimErrors.NotFound("Log entry", text);
        return AdminHttp.Json(LogViews.Detail(entry));
    }

    private static async Task<AppResponse> ExportAsync(RequestContext context)
    {
        await FreshAsync(context);
        var query = ReadQuery(context);
        var body = new StringBuilder();
        await foreach (var entry in Queries(context).ExportAsync(query, context.Cancellation))
        {
            body.Append(LogViews.Detail(entry).ToJsonString(Redaction.RedactionJson.Options)).Append('\n');
        }

        return AppResponse.Text(200, body.ToString(), "application/x-ndjson; charset=utf-8")
            .WithHeader("Content-Disposition", "attachment; filename=\"scimtool-requests.ndjson\"")
            .WithHeader("Cache-Control", "no-store");
    }

    private static async Task<AppResponse> ClearAsync(RequestContext context)
    {
        var logger = context.Services.GetRequiredService<ILogger<LogEndpoints>>();

        await FreshAsync(context);
        var removed = await Queries(context).ClearAsync(context.Cancellation);
        LogCleared(logger, removed);
        return AppResponse.NoContent();
    }

    /// <summary>Waits briefly for queued requests, so a read sees the requests made before it.</summary>
    internal static async Task FreshAsync(RequestContext context)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await context.Services.GetRequiredService<RequestLogChannel>().FlushAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!context.Cancellation.IsCancellationRequested)
        {
            // A slow writer only means the newest requests show on the next refresh.
        }
    }

    private static RequestLogQueries Queries(RequestContext context) =>
        context.Services.GetRequiredService<RequestLogQueries>();

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "The request log was cleared: {Removed} entries removed")]
    private static partial void LogCleared(ILogger logger, int removed);
}
