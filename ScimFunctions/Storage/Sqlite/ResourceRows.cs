using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ScimFunctions.Scim.Json;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>Reads resource rows into <see cref="StoredResource"/> records.</summary>
internal static class ResourceRows
{
    public const string Columns = "id, data, created, last_modified, version";

    private const string SelectUser = $"SELECT {Columns} FROM users WHERE id = @id";
    private const string SelectGroup = $"SELECT {Columns} FROM groups WHERE id = @id";

    /// <summary>The query that reads one row by id, for <see cref="ReadOne(SqliteCommand, ResourceKind, string)"/>.</summary>
    public static string SelectById(ResourceTable table) => table.Kind == ResourceKind.User ? SelectUser : SelectGroup;

    public static StoredResource? ReadOne(SqliteConnection connection, ResourceTable table, string id, bool includeMembers)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SelectById(table);
        var resource = ReadOne(command, table.Kind, id);
        return resource is not null && includeMembers && table.Kind == ResourceKind.Group
            ? resource with { Members = MemberStore.Read(connection, id) }
            : resource;
    }

    /// <summary>Runs <paramref name="byId"/> (a <see cref="SelectById"/> command) for one id.</summary>
    public static StoredResource? ReadOne(SqliteCommand byId, ResourceKind kind, string id)
    {
        byId.Parameters.AddWithValue("@id", id);
        using var reader = byId.ExecuteReader();
        return reader.Read() ? Read(reader, kind) : null;
    }

    public static List<StoredResource> ReadAll(SqliteCommand command, ResourceKind kind)
    {
        using var reader = command.ExecuteReader();
        var resources = new List<StoredResource>();
        while (reader.Read())
        {
            resources.Add(Read(reader, kind));
        }

        return resources;
    }

    private static StoredResource Read(SqliteDataReader reader, ResourceKind kind) => new(
        kind,
        reader.GetString(0),
        JsonNode.Parse(reader.GetString(1), ScimJson.NodeOptions)!.AsObject(),
        StorageTime.Read(reader.GetString(2)),
        StorageTime.Read(reader.GetString(3)),
        reader.GetInt64(4),
        null);
}
