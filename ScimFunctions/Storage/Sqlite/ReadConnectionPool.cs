using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// Open <see cref="ReadConnection"/>s shared by requests, one per concurrent reader. WAL lets
/// them read while the writer writes; an idle one holds no lock, so a restore can still copy
/// pages into the database underneath them.
/// </summary>
public sealed class ReadConnectionPool : IDisposable
{
    private readonly ConcurrentBag<ReadConnection> _idle = [];
    private readonly string _connectionString;
    private readonly int _maxIdle = Math.Max(8, Environment.ProcessorCount * 4);
    private volatile bool _disposed;

    public ReadConnectionPool(string connectionString) => _connectionString = connectionString;

    /// <summary>A connection for this caller alone until it disposes it.</summary>
    public ReadConnection Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var idle))
        {
            return idle;
        }

        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            // Lookups touch a few index pages each; the OS caches the file for every connection
            // at once, so a 1 MB page cache per pooled reader (SQLite's default is 2 MB) is enough.
            command.CommandText = "PRAGMA cache_size = -1024;";
            command.ExecuteNonQuery();
        }

        return new ReadConnection(this, connection);
    }

    internal void Return(ReadConnection connection)
    {
        if (_disposed || _idle.Count >= _maxIdle)
        {
            connection.Close();
            return;
        }

        _idle.Add(connection);
        if (_disposed)
        {
            Clear();
        }
    }

    /// <summary>Closes the idle connections, e.g. before the database file is replaced or deleted.</summary>
    public void Clear()
    {
        while (_idle.TryTake(out var connection))
        {
            connection.Close();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        Clear();
    }
}
