using Microsoft.Extensions.Logging;

namespace ScimFunctions.Durability;

/// <summary>The durability layer's log messages (event ids 4000-4999), the ones operators alert on.</summary>
internal static partial class DurabilityLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning,
        Message = "No backup store is configured (BACKUP_SHARE_CONNECTION, BACKUP_SHARE_URL or BACKUP_LOCAL_DIR): "
            + "this instance is NOT persistent and its data is lost when it stops")]
    public static partial void Ephemeral(ILogger logger);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Live data in {DataFolder}; backups go to {Store}; writer: {WriterMode}")]
    public static partial void StoreConfigured(ILogger logger, string dataFolder, string store, string writerMode);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information,
        Message = "Start-up restore finished from {SnapshotId}; serving, writer {CanWrite}")]
    public static partial void GateOpened(ILogger logger, string snapshotId, bool canWrite);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error,
        Message = "The start-up restore failed; retrying, requests are answered 503 meanwhile")]
    public static partial void RestoreFailed(ILogger logger, Exception error);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information,
        Message = "Restored snapshot {SnapshotId} (generation {Generation}) in {ElapsedMs} ms")]
    public static partial void SnapshotRestored(ILogger logger, string snapshotId, long generation, long elapsedMs);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error,
        Message = "Snapshot {SnapshotId} does not verify ({Why}); trying the next older one")]
    public static partial void SnapshotSkipped(ILogger logger, string snapshotId, string why);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Critical,
        Message = "None of the {Count} snapshots in the store verifies; starting from the local database")]
    public static partial void NoSnapshotVerified(ILogger logger, int count);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning,
        Message = "The description of snapshot {SnapshotId} cannot be read; it is ignored")]
    public static partial void MetadataUnreadable(ILogger logger, string snapshotId);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information,
        Message = "Uploaded snapshot {SnapshotId} (generation {Generation}, {CompressedBytes} bytes) in {ElapsedMs} ms, reason {Reason}")]
    public static partial void SnapshotUploaded(
        ILogger logger,
        string snapshotId,
        long generation,
        long compressedBytes,
        long elapsedMs,
        string reason);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Error, Message = "Backup ({Reason}) failed")]
    public static partial void BackupFailed(ILogger logger, Exception error, string reason);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "Backup ({Reason}) not taken: {Result}")]
    public static partial void BackupNotTaken(ILogger logger, string reason, string result);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Critical,
        Message = "Refusing to upload: the store holds generation {StoreGeneration}, newer than this instance's {LocalGeneration}")]
    public static partial void StaleGeneration(ILogger logger, long localGeneration, long storeGeneration);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Information, Message = "Deleted snapshot {SnapshotId} (retention)")]
    public static partial void SnapshotPruned(ILogger logger, string snapshotId);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "Writer lease acquired on {Container}/{Blob}")]
    public static partial void LeaseAcquired(ILogger logger, string container, string blob);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Information, Message = "Writer lease released")]
    public static partial void LeaseReleased(ILogger logger);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Error,
        Message = "Writer lease lost ({Status} {ErrorCode}); writes are refused until it is taken again")]
    public static partial void LeaseLost(ILogger logger, int status, string? errorCode);

    [LoggerMessage(EventId = 4023, Level = LogLevel.Warning, Message = "Another instance holds the writer lease; serving reads only")]
    public static partial void ServingReadOnly(ILogger logger);

    [LoggerMessage(EventId = 4024, Level = LogLevel.Warning, Message = "The writer lease store is unreachable ({Status} {ErrorCode})")]
    public static partial void LeaseUnavailable(ILogger logger, int status, string? errorCode);

    [LoggerMessage(EventId = 4025, Level = LogLevel.Warning,
        Message = "Releasing the writer lease failed ({Status} {ErrorCode}); it expires on its own")]
    public static partial void LeaseReleaseFailed(ILogger logger, int status, string? errorCode);

    [LoggerMessage(EventId = 4026, Level = LogLevel.Information, Message = "Took over as writer at generation {Generation}")]
    public static partial void WriterTakenOver(ILogger logger, long generation);
}
