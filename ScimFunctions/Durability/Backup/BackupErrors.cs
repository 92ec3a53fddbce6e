using Azure;
using Microsoft.Data.Sqlite;

namespace ScimFunctions.Durability.Backup;

/// <summary>
/// A short, safe description of why a backup or restore failed, for stats and the admin API:
/// storage status and error codes, never the SDK's full message (which carries request headers).
/// </summary>
public static class BackupErrors
{
    public static string Describe(Exception error) => error switch
    {
        RequestFailedException storage => $"The backup store answered {storage.Status} {storage.ErrorCode}.",
        SqliteException sqlite => $"SQLite error {sqlite.SqliteErrorCode} while taking the snapshot.",
        UnauthorizedAccessException => "The backup folder cannot be written: access denied.",
        IOException => "The backup store could not be read or written (I/O error).",
        Azure.Identity.AuthenticationFailedException => "The managed identity could not get a token for the share.",
        _ => $"The backup failed ({error.GetType().Name}).",
    };
}
