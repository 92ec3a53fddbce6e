using Microsoft.Data.Sqlite;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// Versioned schema changes, applied in order and recorded in <c>PRAGMA user_version</c>. A
/// restored snapshot with an older version is brought forward the same way. Never edit a
/// migration that has shipped; add the next one.
/// </summary>
public static class SchemaMigrations
{
    private static readonly string[] Steps =
    [
        // 1: users, groups and membership. Lower-cased keys carry the case-insensitive
        // uniqueness and lookups; the canonical JSON in `data` holds everything else, including
        // attributes of extension schemas the service does not model.
        """
        CREATE TABLE users (
            id TEXT NOT NULL PRIMARY KEY,
            user_name TEXT NOT NULL,
            user_name_key TEXT NOT NULL UNIQUE,
            external_id TEXT NULL,
            display_name TEXT NULL,
            display_name_key TEXT NULL,
            active INTEGER NULL,
            created TEXT NOT NULL,
            last_modified TEXT NOT NULL,
            version INTEGER NOT NULL,
            data TEXT NOT NULL,
            password_hash TEXT NULL
        );
        CREATE INDEX ix_users_external_id ON users (external_id);
        CREATE INDEX ix_users_display_name_key ON users (display_name_key);
        CREATE TABLE groups (
            id TEXT NOT NULL PRIMARY KEY,
            display_name TEXT NOT NULL,
            display_name_key TEXT NOT NULL UNIQUE,
            external_id TEXT NULL,
            created TEXT NOT NULL,
            last_modified TEXT NOT NULL,
            version INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX ix_groups_external_id ON groups (external_id);
        CREATE TABLE group_members (
            group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
            member_id TEXT NOT NULL,
            member_type TEXT NOT NULL,
            display TEXT NULL,
            PRIMARY KEY (group_id, member_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_group_members_member_id ON group_members (member_id);
        CREATE TABLE service_state (
            key TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int LatestVersion => Steps.Length;

    public static void Apply(SqliteConnection connection)
    {
        var current = ReadVersion(connection);
        for (var version = current + 1; version <= Steps.Length; version++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Steps[version - 1] + $"\nPRAGMA user_version = {version};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    public static int ReadVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
