using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ScimFunctions.Scim.Json;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>Reads resource rows into <see cref="StoredResource"/> records.</summary>
internal static class ResourceRows
{
    public const string Columns = "id, data, created, last_modified, version";

    public static StoredResource? ReadOne(SqliteConnection connection, ResourceTable table, string id, bool includeMembers)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM {table.Name} WHERE id = @id";
        command.Parameters.AddWithValue("@id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var resource = Read(reader, table.Kind);
        return includeMembers && table.Kind == ResourceKind.Group
            ? resource with { Members = MemberStore.Read(connection, id) }
            : resource;
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
