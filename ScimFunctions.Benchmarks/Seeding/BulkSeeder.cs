using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Benchmarks.Seeding;

/// <summary>
/// The fast path for large tenants: one prepared statement per table inside one transaction,
/// into the schema that <see cref="SchemaMigrations"/> creates. Rows carry canonical SCIM JSON
/// (no id, meta or members) and the lower-cased key columns, as the repository writes them.
/// </summary>
public static class BulkSeeder
{
    private const string InsertUser = """
        INSERT INTO users (id, user_name, user_name_key, external_id, display_name, display_name_key,
                           active, created, last_modified, version, data)
        VALUES ($id, $name, $key, $ext, $display, $displayKey, 1, $now, $now, 1, $data)
        """;

    private const string InsertGroup = """
        INSERT INTO groups (id, display_name, display_name_key, external_id, created, last_modified, version, data)
        VALUES ($id, $name, $key, NULL, $now, $now, 1, $data)
        """;

    private const string InsertMember = """
        INSERT INTO group_members (group_id, member_id, member_type, display) VALUES ($group, $member, 'User', NULL)
        """;

    /// <summary>Inserts users [start, start + count) and returns their ids.</summary>
    public static string[] InsertUsers(ScimDatabase database, string tag, int start, int count)
    {
        var ids = new string[count];
        var now = StorageTime.Write(DateTimeOffset.UtcNow);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var command = Prepare(
            connection, transaction, InsertUser, "$id", "$name", "$key", "$ext", "$display", "$displayKey", "$now", "$data");
        command.Parameters["$now"].Value = now;
        for (var i = 0; i < count; i++)
        {
            var index = start + i;
            var data = UserFactory.Create(tag, index, managerId: i > 0 ? ids[i - 1] : null);
            var userName = (string)data["userName"]!;
            var displayName = (string)data["displayName"]!;
            ids[i] = Guid.CreateVersion7().ToString();
            command.Parameters["$id"].Value = ids[i];
            command.Parameters["$name"].Value = userName;
            command.Parameters["$key"].Value = userName.ToLowerInvariant();
            command.Parameters["$ext"].Value = (string)data["externalId"]!;
            command.Parameters["$display"].Value = displayName;
            command.Parameters["$displayKey"].Value = displayName.ToLowerInvariant();
            command.Parameters["$data"].Value = data.ToJsonString();
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return ids;
    }

    /// <summary>Inserts one group with the given members and returns its id.</summary>
    public static string InsertGroupWithMembers(ScimDatabase database, string displayName, IEnumerable<string> memberIds)
    {
        var id = Guid.CreateVersion7().ToString();
        var data = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"),
            ["displayName"] = displayName,
        };
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var group = Prepare(connection, transaction, InsertGroup, "$id", "$name", "$key", "$now", "$data"))
        {
            group.Parameters["$id"].Value = id;
            group.Parameters["$name"].Value = displayName;
            group.Parameters["$key"].Value = displayName.ToLowerInvariant();
            group.Parameters["$now"].Value = StorageTime.Write(DateTimeOffset.UtcNow);
            group.Parameters["$data"].Value = data.ToJsonString();
            group.ExecuteNonQuery();
        }

        using var member = Prepare(connection, transaction, InsertMember, "$group", "$member");
        member.Parameters["$group"].Value = id;
        foreach (var memberId in memberIds)
        {
            member.Parameters["$member"].Value = memberId;
            member.ExecuteNonQuery();
        }

        transaction.Commit();
        return id;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
