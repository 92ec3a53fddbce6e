using Microsoft.Data.Sqlite;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// A read connection that stays open and keeps its prepared statements. Microsoft.Data.Sqlite
/// finalizes a command's statements when it is disposed, so with short-lived commands every
/// lookup parsed and planned its SQL again: about a tenth of a lookup's CPU under perf.
/// Disposing it gives it back to its pool.
/// </summary>
public sealed class ReadConnection : IDisposable
{
    // Queries are built from a small set of shapes; filters with many shapes only cost a reset.
    private const int MaxStatements = 64;

    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private readonly ReadConnectionPool _pool;

    internal ReadConnection(ReadConnectionPool pool, SqliteConnection connection, int generation)
    {
        _pool = pool;
        Connection = connection;
        Generation = generation;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The pool's generation when this was opened; an older one is closed on return.</summary>
    internal int Generation { get; }

    /// <summary>
    /// The command for <paramref name="sql"/>, prepared at most once, with no parameters and
    /// enlisted in the connection's current transaction. It belongs to this connection: callers
    /// must not dispose it.
    /// </summary>
    public SqliteCommand Prepared(string sql, SqliteTransaction? transaction = null)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            if (_statements.Count >= MaxStatements)
            {
                DisposeStatements();
            }

            command = Connection.CreateCommand();
            command.CommandText = sql;
            _statements[sql] = command;
        }

        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }

    public void Dispose() => _pool.Return(this);

    /// <summary>Finalizes the statements and closes the connection for good.</summary>
    internal void Close()
    {
        DisposeStatements();
        Connection.Dispose();
    }

    private void DisposeStatements()
    {
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }

        _statements.Clear();
    }
}
