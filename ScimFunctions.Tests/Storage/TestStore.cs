using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Storage;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Tests.Storage;

/// <summary>A repository on a real SQLite file in a private temp folder, with a fake clock.</summary>
public sealed class TestStore : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scimtool-storage", Guid.NewGuid().ToString("N"));

    public TestStore()
    {
        Database = new ScimDatabase(Path.Combine(_folder, ScimDatabase.FileName));
        Repository = new SqliteScimRepository(Database, Time, NullLogger<SqliteScimRepository>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 4, 10, 0, 0, TimeSpan.Zero));

    public ScimDatabase Database { get; }

    public SqliteScimRepository Repository { get; }

    public static JsonObject User(string userName, string? externalId = null, bool? active = null)
    {
        var user = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:User"),
            ["userName"] = userName,
        };
        if (externalId is not null)
        {
            user["externalId"] = externalId;
        }

        if (active is not null)
        {
            user["active"] = active;
        }

        return user;
    }

    public static JsonObject Group(string displayName) => new()
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"),
        ["displayName"] = displayName,
    };

    public Task<StoredResource> CreateUserAsync(string userName, string? externalId = null, bool? active = null) =>
        Repository.CreateAsync(ResourceKind.User, new NewResource(User(userName, externalId, active), null, null), default);

    public Task<StoredResource> CreateGroupAsync(string displayName, params string[] memberIds) =>
        Repository.CreateAsync(
            ResourceKind.Group,
            new NewResource(Group(displayName), memberIds.Select(id => new MemberReference(id)).ToList(), null),
            default);

    /// <summary>Inserts many users in one transaction, for large-group tests; returns their ids.</summary>
    public List<string> SeedUsers(int count) => SeedUsers(Database, count);

    /// <summary>Inserts many users into <paramref name="database"/> in one transaction.</summary>
    public static List<string> SeedUsers(ScimDatabase database, int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid().ToString()).ToList();
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO users (id, user_name, user_name_key, created, last_modified, version, data) "
            + "VALUES (@id, @name, @name, '2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z', 1, @data)";
        var id = command.Parameters.Add("@id", SqliteType.Text);
        var name = command.Parameters.Add("@name", SqliteType.Text);
        var data = command.Parameters.Add("@data", SqliteType.Text);
        foreach (var userId in ids)
        {
            id.Value = userId;
            name.Value = $"seed.{userId}";
            data.Value = User($"seed.{userId}").ToJsonString();
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return ids;
    }

    public void Dispose()
    {
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp folder's own cleanup.
        }
    }
}
