using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Tests.Storage;

public sealed class ReadConnectionPoolTests : IDisposable
{
    private readonly TestStore _store = new();

    [Fact]
    public void OpenReader_AfterAReaderIsDisposed_ReusesItWithItsStatements()
    {
        ReadConnection first;
        Microsoft.Data.Sqlite.SqliteCommand statement;
        using (first = _store.Database.OpenReader())
        {
            statement = first.Prepared("SELECT COUNT(*) FROM users WHERE user_name_key = @key");
            statement.Parameters.AddWithValue("@key", "nobody");
            Assert.Equal(0L, statement.ExecuteScalar());
        }

        using var second = _store.Database.OpenReader();
        var again = second.Prepared("SELECT COUNT(*) FROM users WHERE user_name_key = @key");

        Assert.Same(first, second);
        Assert.Same(statement, again);
        Assert.Empty(again.Parameters);
    }

    [Fact]
    public void OpenReader_WhileAnotherIsInUse_GivesADifferentConnection()
    {
        using var first = _store.Database.OpenReader();

        using var second = _store.Database.OpenReader();

        Assert.NotSame(first, second);
        Assert.NotSame(first.Connection, second.Connection);
    }

    [Fact]
    public async Task OpenReader_ReusedAfterAWrite_SeesTheWrite()
    {
        using (var before = _store.Database.OpenReader())
        {
            Assert.Equal(0L, before.Prepared("SELECT COUNT(*) FROM users").ExecuteScalar());
        }

        await _store.CreateUserAsync("ann@example.com");

        using var after = _store.Database.OpenReader();
        Assert.Equal(1L, after.Prepared("SELECT COUNT(*) FROM users").ExecuteScalar());
    }

    [Fact]
    public void OpenReader_AfterTheDatabaseIsDisposed_Throws()
    {
        using (_store.Database.OpenReader())
        {
        }

        _store.Database.Dispose();

        Assert.Throws<ObjectDisposedException>(() => _store.Database.OpenReader());
    }

    public void Dispose() => _store.Dispose();
}
