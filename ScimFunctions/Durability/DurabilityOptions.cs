using System.Globalization;
using Microsoft.Extensions.Configuration;
using ScimFunctions.Hosting.Configuration;

namespace ScimFunctions.Durability;

/// <summary>The backup, restore and writer-lease settings, read once at start.</summary>
public sealed class DurabilityOptions
{
    public const string DefaultSchedule = "0 */5 * * * *";

    public string? ShareConnection { get; set; }

    public string? ShareUrl { get; set; }

    public string? ShareName { get; set; }

    /// <summary>Folder inside the share; empty means the share's root.</summary>
    public string? ShareDirectory { get; set; }

    public string? LocalDirectory { get; set; }

    /// <summary>NCRONTAB with seconds, as the Functions timer trigger reads it.</summary>
    public string Schedule { get; set; } = DefaultSchedule;

    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(10);

    public int RetainCount { get; set; } = 48;

    public TimeSpan RetainAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The Functions storage account's connection string, when given as one.</summary>
    public string? LeaseConnection { get; set; }

    /// <summary>The account's blob endpoint, when reached with a managed identity instead.</summary>
    public Uri? LeaseBlobServiceUri { get; set; }

    /// <summary>The client id of a user-assigned identity, when the account is reached with one.</summary>
    public string? LeaseClientId { get; set; }

    /// <summary>A blob lease lasts this long unless renewed (Azure allows 15 to 60 seconds).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    public bool HasShare => !string.IsNullOrWhiteSpace(ShareConnection) || !string.IsNullOrWhiteSpace(ShareUrl);

    public bool HasStore => HasShare || !string.IsNullOrWhiteSpace(LocalDirectory);

    public bool HasLeaseAccount => !string.IsNullOrWhiteSpace(LeaseConnection) || LeaseBlobServiceUri is not null;

    public static void Bind(DurabilityOptions options, IConfiguration configuration)
    {
        options.ShareConnection = Text(configuration, SettingNames.BackupShareConnection);
        options.ShareUrl = Text(configuration, SettingNames.BackupShareUrl);
        options.ShareName = Text(configuration, SettingNames.BackupShareName);
        options.ShareDirectory = Text(configuration, SettingNames.BackupDirectory);
        options.LocalDirectory = Text(configuration, SettingNames.BackupLocalDirectory) ?? options.LocalDirectory;
        options.Schedule = Text(configuration, SettingNames.BackupSchedule) ?? DefaultSchedule;
        if (Number(configuration, SettingNames.BackupDebounceSeconds) is { } debounce and >= 0)
        {
            options.Debounce = TimeSpan.FromSeconds(debounce);
        }

        if (Number(configuration, SettingNames.BackupRetainCount) is { } count and > 0)
        {
            options.RetainCount = (int)count;
        }

        if (Number(configuration, SettingNames.BackupRetainDays) is { } days and > 0)
        {
            options.RetainAge = TimeSpan.FromDays(days);
        }

        BindLeaseAccount(options, configuration);
    }

    // The Functions host accepts its storage account as a connection string or, with a managed
    // identity, as AzureWebJobsStorage__accountName / __blobServiceUri (+ __clientId).
    private static void BindLeaseAccount(DurabilityOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection(SettingNames.WebJobsStorage);
        options.LeaseConnection = string.IsNullOrWhiteSpace(section.Value) ? null : section.Value;
        options.LeaseClientId = Text(section, "clientId");
        if (Text(section, "blobServiceUri") is { } uri)
        {
            options.LeaseBlobServiceUri = new Uri(uri);
        }
        else if (Text(section, "accountName") is { } account)
        {
            options.LeaseBlobServiceUri = new Uri($"https://{account}.blob.core.windows.net");
        }
    }

    private static string? Text(IConfiguration configuration, string name) =>
        string.IsNullOrWhiteSpace(configuration[name]) ? null : configuration[name]!.Trim();

    private static double? Number(IConfiguration configuration, string name) =>
        double.TryParse(configuration[name], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
