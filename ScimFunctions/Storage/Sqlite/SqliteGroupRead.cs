using Microsoft.Data.Sqlite;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// Opens a <see cref="GroupRead"/> on one connection and one read transaction, so the group's
/// version (its ETag) and the members streamed later come from the same snapshot.
/// </summary>
internal sealed class SqliteGroupRead : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    private SqliteGroupRead(SqliteConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction(deferred: true);
    }

    /// <summary>Takes ownership of <paramref name="connection"/>; null when there is no such group.</summary>
    public static GroupRead? Open(SqliteConnection connection, string id)
    {
        var read = new SqliteGroupRead(connection);
        try
        {
            var table = ResourceTable.For(ResourceKind.Group);
            var group = ResourceRows.ReadOne(connection, table, id, includeMembers: false);
            if (group is null)
            {
                read.Dispose();
                return null;
            }

            return new GroupRead(group, MemberStore.ReadEach(connection, id), read);
        }
        catch
        {
            read.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _transaction.Dispose();
        _connection.Dispose();
    }
}
