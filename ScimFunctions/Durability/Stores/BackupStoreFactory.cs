using Azure.Core;
using Azure.Identity;
using Azure.Storage.Files.Shares;
using Azure.Storage.Files.Shares.Models;

namespace ScimFunctions.Durability.Stores;

/// <summary>Chooses the backup store from the settings: the share first, then a local folder.</summary>
public static class BackupStoreFactory
{
    /// <summary>The configured store, or null when none is (the service is then not persistent).</summary>
    public static IBackupStore? Create(DurabilityOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ShareConnection))
        {
            var shareName = options.ShareName
                ?? throw new InvalidOperationException("BACKUP_SHARE_NAME is required with BACKUP_SHARE_CONNECTION.");
            var share = new ShareClient(options.ShareConnection, shareName, ClientOptions());
            return new AzureFilesStore(Folder(share, options.ShareDirectory));
        }

        if (!string.IsNullOrWhiteSpace(options.ShareUrl))
        {
            return new AzureFilesStore(Folder(ShareFromUrl(options), options.ShareDirectory));
        }

        return string.IsNullOrWhiteSpace(options.LocalDirectory) ? null : new LocalFolderStore(options.LocalDirectory);
    }

    // A managed identity reaches file data only with the "backup" token intent, which grants
    // access to the share's files regardless of their NTFS permissions. DefaultAzureCredential
    // picks a user-assigned identity from AZURE_CLIENT_ID.
    private static ShareClient ShareFromUrl(DurabilityOptions options)
    {
        var url = new Uri(options.ShareUrl!);
        if (url.AbsolutePath.Trim('/').Length == 0)
        {
            var shareName = options.ShareName
                ?? throw new InvalidOperationException("BACKUP_SHARE_NAME is required when BACKUP_SHARE_URL names no share.");
            url = new Uri(url, shareName);
        }

        var clientOptions = ClientOptions();
        clientOptions.ShareTokenIntent = ShareTokenIntent.Backup;
        return new ShareClient(url, new DefaultAzureCredential(), clientOptions);
    }

    private static ShareDirectoryClient Folder(ShareClient share, string? directory) =>
        string.IsNullOrWhiteSpace(directory)
            ? share.GetRootDirectoryClient()
            : share.GetDirectoryClient(directory.Trim('/'));

    private static ShareClientOptions ClientOptions()
    {
        var options = new ShareClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 5;
        options.Retry.Delay = TimeSpan.FromSeconds(1);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(30);
        return options;
    }
}
