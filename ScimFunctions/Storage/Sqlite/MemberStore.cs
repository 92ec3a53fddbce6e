using Microsoft.Data.Sqlite;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Patch;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// Group membership in <c>group_members</c>. Adding or removing one member is one indexed insert
/// or delete, whatever the group's size, so a 50,000-member group costs what a small one does.
/// </summary>
internal static class MemberStore
{
    public static List<MemberReference> Read(SqliteConnection connection, string groupId)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT member_id, member_type, display FROM group_members WHERE group_id = @group ORDER BY member_id";
        command.Parameters.AddWithValue("@group", groupId);
        using var reader = command.ExecuteReader();
        var members = new List<MemberReference>();
        while (reader.Read())
        {
            members.Add(new MemberReference(reader.GetString(0), reader.GetString(1), Nullable(reader, 2)));
        }

        return members;
    }

    /// <summary>
    /// Checks that every member exists, as a User or a Group, before anything is written; an
    /// unknown id rejects the whole request and is named in the error.
    /// </summary>
    public static Dictionary<string, string> ResolveTypes(
        SqliteConnection connection, string groupId, IEnumerable<MemberReference> members)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT 'User' FROM users WHERE id = @id UNION ALL SELECT 'Group' FROM groups WHERE id = @id LIMIT 1";
        var id = command.Parameters.Add("@id", SqliteType.Text);
        foreach (var member in members)
        {
            if (member.Value == groupId)
            {
                throw ScimErrors.SelfMember(groupId);
            }

            if (types.ContainsKey(member.Value))
            {
                continue;
            }

            id.Value = member.Value;
            if (command.ExecuteScalar() is string type)
            {
                types[member.Value] = type;
            }
            else if (!unknown.Contains(member.Value))
            {
                unknown.Add(member.Value);
            }
        }

        return unknown.Count == 0 ? types : throw ScimErrors.UnknownMembers(unknown);
    }

    /// <summary>Adds members; re-adding an existing member changes nothing (RFC 7644 §3.5.2.1).</summary>
    public static List<string> Add(
        SqliteConnection connection, string groupId, IEnumerable<MemberReference> members, Dictionary<string, string> types)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO group_members (group_id, member_id, member_type, display) "
            + "VALUES (@group, @member, @type, @display)";
        command.Parameters.AddWithValue("@group", groupId);
        var member = command.Parameters.Add("@member", SqliteType.Text);
        var type = command.Parameters.Add("@type", SqliteType.Text);
        var display = command.Parameters.Add("@display", SqliteType.Text);
        var added = new List<string>();
        foreach (var reference in members)
        {
            member.Value = reference.Value;
            type.Value = types[reference.Value];
            display.Value = (object?)reference.Display ?? DBNull.Value;
            if (command.ExecuteNonQuery() == 1)
            {
                added.Add(reference.Value);
            }
        }

        return added;
    }

    /// <summary>Removes the listed members; removing a non-member is a no-op.</summary>
    public static List<string> Remove(SqliteConnection connection, string groupId, IEnumerable<string> memberIds)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM group_members WHERE group_id = @group AND member_id = @member";
        command.Parameters.AddWithValue("@group", groupId);
        var member = command.Parameters.Add("@member", SqliteType.Text);
        var removed = new List<string>();
        foreach (var id in memberIds.Distinct(StringComparer.Ordinal))
        {
            member.Value = id;
            if (command.ExecuteNonQuery() == 1)
            {
                removed.Add(id);
            }
        }

        return removed;
    }

    /// <summary>Empties a group (a replace of <c>members</c>) and returns who was removed.</summary>
    public static List<string> Clear(SqliteConnection connection, string groupId)
    {
        var removed = Read(connection, groupId).Select(member => member.Value).ToList();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM group_members WHERE group_id = @group";
        command.Parameters.AddWithValue("@group", groupId);
        command.ExecuteNonQuery();
        return removed;
    }

    /// <summary>
    /// Takes a deleted resource out of every group it was in, and gives those groups a new
    /// version: their member list changed, so an ETag a client holds must stop matching.
    /// </summary>
    public static void RemoveEverywhere(SqliteConnection connection, string memberId, string now)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "UPDATE groups SET version = version + 1, last_modified = @now "
            + "WHERE id IN (SELECT group_id FROM group_members WHERE member_id = @member); "
            + "DELETE FROM group_members WHERE member_id = @member;";
        command.Parameters.AddWithValue("@member", memberId);
        command.Parameters.AddWithValue("@now", now);
        command.ExecuteNonQuery();
    }

    private static string? Nullable(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
