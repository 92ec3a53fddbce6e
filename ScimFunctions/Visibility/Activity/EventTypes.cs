namespace ScimFunctions.Visibility.Activity;

/// <summary>The activity feed's event types; stored as text so filters are plain comparisons.</summary>
public static class EventTypes
{
    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserDeleted = "user.deleted";
    public const string GroupCreated = "group.created";
    public const string GroupUpdated = "group.updated";
    public const string GroupRenamed = "group.renamed";
    public const string GroupMembers = "group.members";
    public const string GroupDeleted = "group.deleted";

    /// <summary>A successful write that changed nothing (Entra repeats member adds, for one).</summary>
    public const string NoChange = "nochange";

    /// <summary>A successful read: a list, a resource, discovery.</summary>
    public const string Read = "read";

    /// <summary>Entra's connection check: a filter on a random value that matches nobody.</summary>
    public const string Keepalive = "keepalive";

    /// <summary>Any request answered with 4xx or 5xx.</summary>
    public const string Error = "error";

    /// <summary>A change made through the admin API (clearing the log, a restore).</summary>
    public const string Admin = "admin";
}

/// <summary>How much an event deserves attention.</summary>
public static class Severities
{
    public const string Info = "info";
    public const string Warning = "warning";
    public const string Error = "error";

    public static string ForStatus(int status) => status >= 500 ? Error : status >= 400 ? Warning : Info;
}
