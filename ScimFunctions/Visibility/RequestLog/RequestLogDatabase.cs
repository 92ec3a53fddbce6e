using Microsoft.Data.Sqlite;

namespace ScimFunctions.Visibility.RequestLog;

/// <summary>
/// The request log's own SQLite file (WAL), apart from the resource database so that the
/// database that is backed up stays small and a busy log never holds the resources' writer lock.
/// </summary>
public sealed class RequestLogDatabase
{
    private const int SchemaVersion = 1;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS entries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            time_ms INTEGER NOT NULL,
            method TEXT NOT NULL,
            path TEXT NOT NULL,
            query TEXT NOT NULL,
            status INTEGER NOT NULL,
            duration_ms REAL NOT NULL,
            client TEXT,
            resource_type TEXT,
            resource_id TEXT,
            resource_name TEXT,
            request_headers TEXT NOT NULL,
            request_body TEXT NOT NULL,
            response_headers TEXT NOT NULL,
            response_body TEXT NOT NULL,
            event_type TEXT NOT NULL,
            severity TEXT NOT NULL,
            summary TEXT NOT NULL,
            is_keepalive INTEGER NOT NULL,
            details TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_entries_time ON entries (time_ms);
        CREATE INDEX IF NOT EXISTS ix_entries_event ON entries (event_type, id);
        CREATE INDEX IF NOT EXISTS ix_entries_status ON entries (status, id);
        CREATE INDEX IF NOT EXISTS ix_entries_keepalive ON entries (is_keepalive, id);
        """;

    private readonly string _connectionString;

    public RequestLogDatabase(string filePath)
    {
        FilePath = Path.GetFullPath(filePath);
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode = WAL; {Schema} PRAGMA user_version = {SchemaVersion};";
        command.ExecuteNonQuery();
    }

    /// <summary>Absolute path of the log file.</summary>
    public string FilePath { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();

        // The log is a convenience: losing its last entries on power loss is acceptable, slowing
        // the writer with a sync per batch is not.
        command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;";
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Size of the file and its write-ahead log, in bytes.</summary>
    public long SizeBytes()
    {
        var wal = new FileInfo(FilePath + "-wal");
        return new FileInfo(FilePath).Length + (wal.Exists ? wal.Length : 0);
    }
}
