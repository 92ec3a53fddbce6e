using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Storage;
using ScimFunctions.Visibility.RequestLog;

namespace ScimFunctions.Visibility.Admin;

/// <summary>Counts for the header and the statistics view, and what build is running.</summary>
public sealed class StatusEndpoints : IEndpointGroup
{
    public void Map(RouteTable routes) => routes
        .Map("GET", "/scim/admin/stats", AccessPolicy.Admin, StatsAsync)
        .Map("GET", "/scim/admin/version", AccessPolicy.Admin, VersionAsync);

    private static async Task<AppResponse> StatsAsync(RequestContext context)
    {
        var services = context.Services;
        var queries = services.GetRequiredService<RequestLogQueries>();
        var options = services.GetRequiredService<IOptions<RequestLogOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        await LogEndpoints.FreshAsync(context);
        var counts = services.GetService<IScimRepository>() is { } repository
            ? await repository.CountAsync(context.Cancellation)
            : null;
        var (entries, oldest) = await queries.CountAsync(context.Cancellation);
        var day = await queries.SummarizeAsync(now.AddHours(-24), context.Cancellation);
        return AdminHttp.Json(new JsonObject
        {
            ["users"] = counts?.Users,
            ["groups"] = counts?.Groups,
            ["requestLog"] = new JsonObject
            {
                ["entries"] = entries,
                ["oldest"] = oldest is null ? null : AdminHttp.Iso(oldest.Value),
                ["sizeBytes"] = services.GetRequiredService<RequestLogDatabase>().SizeBytes(),
                ["dropped"] = services.GetRequiredService<RequestLogChannel>().Dropped,
                ["failedBatches"] = services.GetRequiredService<RequestLogWriter>().FailedBatches,
                ["retainCount"] = options.RetainCount,
                ["retainDays"] = options.RetainDays,
            },
            ["last24h"] = LogViews.Summary(day),
        });
    }

    private static Task<AppResponse> VersionAsync(RequestContext context)
    {
        var assembly = typeof(StatusEndpoints).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        return Task.FromResult(AdminHttp.Json(new JsonObject
        {
            ["product"] = "SCIMTool",
            ["version"] = plus < 0 ? informational : informational[..plus],
            ["commit"] = plus < 0 ? null : informational[(plus + 1)..],
            ["framework"] = RuntimeInformation.FrameworkDescription,
            ["os"] = RuntimeInformation.OSDescription,
            ["host"] = Environment.GetEnvironmentVariable(SettingNames.FunctionsWorkerRuntime) is null ? "self-host" : "Azure Functions",
            ["startedAt"] = AdminHttp.Iso(started),
            ["uptimeSeconds"] = (long)(now - started).TotalSeconds,
        }));
    }
}
