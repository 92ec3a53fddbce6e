using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// Where one resource kind lives: its table, and the indexed columns derived from its JSON.
/// The lower-cased <c>*_key</c> columns carry case-insensitive uniqueness and lookups, because
/// userName and displayName are <c>caseExact: false</c> (RFC 7643 §4.1.1, §4.2).
/// </summary>
internal sealed class ResourceTable
{
    public static readonly ResourceTable Users = new(
        ResourceKind.User,
        "users",
        "User",
        "INSERT INTO users (id, user_name, user_name_key, external_id, display_name, display_name_key, active, "
        + "created, last_modified, version, data, password_hash) VALUES (@id, @user_name, @user_name_key, "
        + "@external_id, @display_name, @display_name_key, @active, @created, @last_modified, 1, @data, @password_hash)",
        "UPDATE users SET user_name = @user_name, user_name_key = @user_name_key, external_id = @external_id, "
        + "display_name = @display_name, display_name_key = @display_name_key, active = @active, "
        + "last_modified = @last_modified, version = version + 1, data = @data, "
        + "password_hash = COALESCE(@password_hash, password_hash) WHERE id = @id");

    public static readonly ResourceTable Groups = new(
        ResourceKind.Group,
        "groups",
        "Group",
        "INSERT INTO groups (id, display_name, display_name_key, external_id, created, last_modified, version, data) "
        + "VALUES (@id, @display_name, @display_name_key, @external_id, @created, @last_modified, 1, @data)",
        "UPDATE groups SET display_name = @display_name, display_name_key = @display_name_key, "
        + "external_id = @external_id, last_modified = @last_modified, version = version + 1, data = @data "
        + "WHERE id = @id");

    private ResourceTable(ResourceKind kind, string name, string resourceType, string insertSql, string updateSql)
    {
        Kind = kind;
        Name = name;
        ResourceType = resourceType;
        InsertSql = insertSql;
        UpdateSql = updateSql;
    }

    public ResourceKind Kind { get; }

    public string Name { get; }

    /// <summary>"User" or "Group", as in <c>meta.resourceType</c> and error details.</summary>
    public string ResourceType { get; }

    public string InsertSql { get; }

    public string UpdateSql { get; }

    /// <summary>The attribute that must be unique without regard to case.</summary>
    public string UniqueAttribute => Kind == ResourceKind.User ? "userName" : "displayName";

    public static ResourceTable For(ResourceKind kind) => kind == ResourceKind.User ? Users : Groups;

    /// <summary>Binds the indexed columns taken from the canonical JSON, and the JSON itself.</summary>
    public void BindColumns(SqliteCommand command, JsonObject data)
    {
        var unique = Text(data, UniqueAttribute)
            ?? throw ScimErrors.InvalidValue($"The attribute '{UniqueAttribute}' is required.");
        var displayName = Text(data, "displayName");
        if (Kind == ResourceKind.User)
        {
            command.Parameters.AddWithValue("@user_name", unique);
            command.Parameters.AddWithValue("@user_name_key", unique.ToLowerInvariant());
            command.Parameters.AddWithValue("@active", Active(data));
        }

        command.Parameters.AddWithValue("@display_name", (object?)displayName ?? DBNull.Value);
        command.Parameters.AddWithValue("@display_name_key", (object?)displayName?.ToLowerInvariant() ?? DBNull.Value);
        command.Parameters.AddWithValue("@external_id", (object?)Text(data, "externalId") ?? DBNull.Value);
        command.Parameters.AddWithValue("@data", data.ToJsonString());
    }

    private static string? Text(JsonObject data, string name) =>
        data[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static object Active(JsonObject data) => data["active"] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.True => 1,
        JsonValue value when value.GetValueKind() == JsonValueKind.False => 0,
        _ => DBNull.Value,
    };
}
