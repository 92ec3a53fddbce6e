using Microsoft.Extensions.Logging;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>Log messages of the SQLite store (event ids 3000-3999). Ids and counts only.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Created {ResourceType} {ResourceId}")]
    public static partial void Created(ILogger logger, string resourceType, string resourceId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug,
        Message = "Updated {ResourceType} {ResourceId} to version {Version}; members +{Added} -{Removed}")]
    public static partial void Updated(
        ILogger logger, string resourceType, string resourceId, long version, int added, int removed);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Deleted {ResourceType} {ResourceId}")]
    public static partial void Deleted(ILogger logger, string resourceType, string resourceId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information,
        Message = "Rejected duplicate {Attribute} for a {ResourceType}")]
    public static partial void Duplicate(ILogger logger, string attribute, string resourceType);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information,
        Message = "Rejected {Count} unknown member id(s) for group {ResourceId}")]
    public static partial void UnknownMembers(ILogger logger, int count, string resourceId);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Debug,
        Message = "Queried {ResourceType}: {Total} match(es), {Returned} returned")]
    public static partial void Queried(ILogger logger, string resourceType, int total, int returned);
}
