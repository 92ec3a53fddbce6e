using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Durability.Backup;
using ScimFunctions.Durability.Snapshots;

namespace ScimFunctions.Durability.Admin;

/// <summary>The JSON shapes of the backup administration API.</summary>
public static class BackupJson
{
    public static JsonNode? Snapshot(SnapshotMetadata? snapshot)
    {
        if (snapshot is null)
        {
            return null;
        }

        // The member sizes serve the restore; a number per megabyte would only clutter the history.
        var node = JsonSerializer.SerializeToNode(snapshot, SnapshotMetadata.Json)!.AsObject();
        node.Remove("memberBytes");
        return node;
    }

    public static JsonNode? Outcome(BackupOutcome? outcome) =>
        outcome is null
            ? null
            : new JsonObject
            {
                ["success"] = outcome.Succeeded,
                ["outcome"] = JsonNamingPolicy.CamelCase.ConvertName(outcome.Result.ToString()),
                ["reason"] = outcome.Reason,
                ["time"] = outcome.StartedAt,
                ["durationMs"] = (long)outcome.Duration.TotalMilliseconds,
                ["snapshotId"] = outcome.Snapshot?.Id,
                ["generation"] = outcome.Snapshot?.Generation,
                ["databaseBytes"] = outcome.Snapshot?.DatabaseBytes,
                ["compressedBytes"] = outcome.Snapshot?.CompressedBytes,
                ["error"] = outcome.Error,
            };

    /// <summary>The HTTP status of a backup outcome: a failure is never a 2xx.</summary>
    public static int StatusOf(BackupOutcome outcome) => outcome.Result switch
    {
        BackupResult.Uploaded or BackupResult.Unchanged => 200,
        BackupResult.StaleGeneration => 409,
        BackupResult.Failed => 502,
        _ => 503,
    };
}
