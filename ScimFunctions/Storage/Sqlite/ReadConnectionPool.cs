using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// Open <see cref="ReadConnection"/>s shared by requests, one per concurrent reader. WAL lets
/// them read while the writer writes; an idle one holds no lock, so a restore can still copy
/// pages into the database underneath them. They bypass Microsoft.Data.Sqlite's own pool: this
/// one keeps them open already, and only this one can tell which were opened on a file that
/// has since been replaced.
/// </summary>
public sealed class ReadConnectionPool : IDisposable
{
    private readonly ConcurrentBag<ReadConnection> _idle = [];
    private readonly string _connectionString;
    private readonly int _maxIdle = Math.Max(8, Environment.ProcessorCount * 4);
    private volatile bool _disposed;
    private int _generation;

    public ReadConnectionPool(string connectionString) =>
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();

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

        return new ReadConnection(this, connection, Volatile.Read(ref _generation));
    }

    internal void Return(ReadConnection connection)
    {
        if (_disposed || _idle.Count >= _maxIdle || connection.Generation != Volatile.Read(ref _generation))
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

    /// <summary>
    /// Closes the idle connections, and those in use as they come back, e.g. before the database
    /// file is replaced or deleted.
    /// </summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
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
