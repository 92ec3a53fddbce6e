namespace ScimFunctions.Hosting.Configuration;

/// <summary>
/// The names of every application setting the service reads. <c>local.settings.sample.json</c>
/// lists exactly these; a test keeps the two in step.
/// </summary>
public static class SettingNames
{
    public const string ScimSharedSecret = "SCIM_SHARED_SECRET";
    public const string AdminSecret = "ADMIN_SECRET";
    public const string DataDirectory = "SCIM_DATA_DIR";
    public const string MaxBodyBytes = "SCIM_MAX_BODY_BYTES";

    public const string BackupShareConnection = "BACKUP_SHARE_CONNECTION";
    public const string BackupShareUrl = "BACKUP_SHARE_URL";
    public const string BackupShareName = "BACKUP_SHARE_NAME";
    public const string BackupDirectory = "BACKUP_DIRECTORY";
    public const string BackupLocalDirectory = "BACKUP_LOCAL_DIR";
    public const string BackupSchedule = "BackupSchedule";
    public const string BackupDebounceSeconds = "BACKUP_DEBOUNCE_SECONDS";
    public const string BackupRetainCount = "BACKUP_RETAIN_COUNT";
    public const string BackupRetainDays = "BACKUP_RETAIN_DAYS";

    public const string LogRetainCount = "LOG_RETAIN_COUNT";
    public const string LogRetainDays = "LOG_RETAIN_DAYS";

    /// <summary>Set by the Functions host (and in local.settings.json); its absence means the self-host.</summary>
    public const string FunctionsWorkerRuntime = "FUNCTIONS_WORKER_RUNTIME";

    /// <summary>The Functions host's storage account; the writer lease lives there.</summary>
    public const string WebJobsStorage = "AzureWebJobsStorage";
}
