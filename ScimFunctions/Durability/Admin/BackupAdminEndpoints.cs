using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScimFunctions.Durability.Backup;
using ScimFunctions.Durability.Lease;
using ScimFunctions.Durability.Restore;
using ScimFunctions.Durability.Schedule;
using ScimFunctions.Durability.Snapshots;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Json;

namespace ScimFunctions.Durability.Admin;

/// <summary>
/// <c>/scim/admin/backup/*</c>: stats, the snapshot history, a backup now, and a point-in-time
/// restore that snapshots the current state first.
/// </summary>
public sealed class BackupAdminEndpoints : IEndpointGroup
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public void Map(RouteTable routes) =>
        routes
            .Map("GET", "/scim/admin/backup/stats", AccessPolicy.Admin, StatsAsync)
            .Map("GET", "/scim/admin/backup/snapshots", AccessPolicy.Admin, SnapshotsAsync)
            .Map("POST", "/scim/admin/backup/run", AccessPolicy.Admin, RunAsync)
            .Map("POST", "/scim/admin/backup/restore", AccessPolicy.Admin, RestoreAsync);

    private static Task<AppResponse> StatsAsync(RequestContext context)
    {
        var services = context.Services;
        var target = services.GetRequiredService<DurabilityTarget>();
        var state = services.GetRequiredService<DurabilityState>();
        var writer = services.GetRequiredService<WriterAuthority>();
        var gate = services.GetRequiredService<RestoreGate>();
        var schedule = services.GetRequiredService<BackupSchedule>();
        var options = services.GetRequiredService<IOptions<DurabilityOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        var body = new JsonObject
        {
            ["mode"] = target.Mode,
            ["persistent"] = target.IsPersistent,
            ["store"] = target.Store,
            ["warning"] = target.IsPersistent ? null : "No backup store is configured: data is lost when this instance stops.",
            ["writer"] = new JsonObject
            {
                ["mode"] = writer.Mode,
                ["leaseHeld"] = writer.LeaseHeld,
                ["canWrite"] = writer.CanWrite,
            },
            ["restore"] = new JsonObject
            {
                ["state"] = gate.IsOpen ? "done" : gate.IsFailing ? "failing" : "restoring",
                ["restoredFrom"] = BackupJson.Snapshot(state.RestoredFrom),
                ["restoredAt"] = state.RestoredAt,
                ["error"] = state.RestoreError,
            },
            ["lastBackup"] = BackupJson.Outcome(state.LastBackup),
            ["generation"] = state.BaseGeneration,
            ["snapshotCount"] = state.SnapshotCount,
            ["schedule"] = schedule.Expression,
            ["nextScheduledRun"] = target.IsPersistent ? schedule.Next(now) : null,
            ["debounceSeconds"] = options.Debounce.TotalSeconds,
            ["retainCount"] = options.RetainCount,
            ["retainDays"] = options.RetainAge.TotalDays,
        };
        return Task.FromResult(Json(200, body));
    }

    private static async Task<AppResponse> SnapshotsAsync(RequestContext context)
    {
        var catalog = RequireCatalog(context);
        var snapshots = await catalog.ListAsync(context.Cancellation);
        context.Services.GetRequiredService<DurabilityState>().SnapshotCount = snapshots.Count;

        var list = new JsonArray([.. snapshots.Select(BackupJson.Snapshot)]);
        return Json(200, new JsonObject { ["count"] = snapshots.Count, ["snapshots"] = list });
    }

    private static async Task<AppResponse> RunAsync(RequestContext context)
    {
        RequireCatalog(context);
        var job = context.Services.GetRequiredService<BackupJob>();

        var outcome = await job.RunAsync(BackupReasons.Manual, force: true, context.Cancellation);
        return Json(BackupJson.StatusOf(outcome), BackupJson.Outcome(outcome)!);
    }

    private static async Task<AppResponse> RestoreAsync(RequestContext context)
    {
        var catalog = RequireCatalog(context);
        var snapshotId = ReadSnapshotId(context.Request.Body);
        var snapshot = (await catalog.ListAsync(context.Cancellation)).FirstOrDefault(s => s.Id == snapshotId)
            ?? throw ScimErrors.NotFound("Snapshot", snapshotId);

        var restore = context.Services.GetRequiredService<PointInTimeRestore>();
        var result = await restore.RunAsync(snapshot, context.Cancellation);
        var body = new JsonObject
        {
            ["success"] = result.Succeeded,
            ["restoredFrom"] = result.Restored ? snapshot.Id : null,
            ["before"] = BackupJson.Outcome(result.Before),
            ["after"] = BackupJson.Outcome(result.After),
            ["error"] = result.Error,
        };
        return Json(result.StatusCode, body);
    }

    private static string ReadSnapshotId(byte[] body)
    {
        if (body.Length == 0)
        {
            throw ScimErrors.BodyRequired();
        }

        try
        {
            var id = JsonNode.Parse(body)?["snapshotId"]?.GetValue<string>();
            return string.IsNullOrWhiteSpace(id) ? throw ScimErrors.InvalidValue("Send {\"snapshotId\": \"...\"}.") : id;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            throw ScimErrors.InvalidValue("Send {\"snapshotId\": \"...\"}.");
        }
    }

    private static SnapshotCatalog RequireCatalog(RequestContext context) =>
        context.Services.GetRequiredService<DurabilityTarget>().Catalog
            ?? throw ScimErrors.Unavailable("No backup store is configured: the service is running ephemeral.");

    private static AppResponse Json(int status, JsonNode body) => new(status, ScimJson.Serialize(body), JsonContentType);
}
