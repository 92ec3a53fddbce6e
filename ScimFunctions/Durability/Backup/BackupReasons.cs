namespace ScimFunctions.Durability.Backup;

/// <summary>Why a snapshot was taken; recorded in its metadata.</summary>
public static class BackupReasons
{
    public const string Schedule = "schedule";
    public const string Writes = "writes";
    public const string Shutdown = "shutdown";
    public const string Manual = "manual";
    public const string BeforeRestore = "before-restore";
    public const string AfterRestore = "after-restore";
}
