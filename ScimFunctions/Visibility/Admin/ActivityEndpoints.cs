using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Visibility.RequestLog;

namespace ScimFunctions.Visibility.Admin;

/// <summary>The activity feed and its counts for the last 24 hours and 7 days.</summary>
public sealed class ActivityEndpoints : IEndpointGroup
{
    public void Map(RouteTable routes) => routes
        .Map("GET", "/scim/admin/activity", AccessPolicy.Admin, ListAsync)
        .Map("GET", "/scim/admin/activity/summary", AccessPolicy.Admin, SummaryAsync);

    private static async Task<AppResponse> ListAsync(RequestContext context)
    {
        var query = new ActivityQuery
        {
            Type = AdminHttp.Text(context, "type"),
            Severity = AdminHttp.Text(context, "severity"),
            Text = AdminHttp.Text(context, "q"),
            HideKeepalives = AdminHttp.Bool(context, "hideKeepalives"),
            AfterId = AdminHttp.Long(context, "afterId"),
            From = AdminHttp.Time(context, "from"),
            To = AdminHttp.Time(context, "to"),
            Offset = AdminHttp.Int(context, "offset", 0, 0, int.MaxValue),
            Limit = AdminHttp.Int(context, "limit", 50, 1, AdminHttp.MaxLimit),
        };

        await LogEndpoints.FreshAsync(context);
        var page = await context.Services.GetRequiredService<RequestLogQueries>().ListActivityAsync(query, context.Cancellation);
        return AdminHttp.Json(LogViews.Page(page, LogViews.Event));
    }

    private static async Task<AppResponse> SummaryAsync(RequestContext context)
    {
        var queries = context.Services.GetRequiredService<RequestLogQueries>();
        var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow();

        await LogEndpoints.FreshAsync(context);
        var day = await queries.SummarizeAsync(now.AddHours(-24), context.Cancellation);
        var week = await queries.SummarizeAsync(now.AddDays(-7), context.Cancellation);
        return AdminHttp.Json(new JsonObject
        {
            ["last24h"] = LogViews.Summary(day),
            ["last7d"] = LogViews.Summary(week),
        });
    }
}
