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
    /// <summary>
    /// The members with <c>display</c> filled from each member as it is now (RFC 7643 §4.2 makes
    /// it read-only): a user's displayName, else its userName; a group's displayName. Joined here,
    /// on read, so that adding or removing a member stays one row and a rename needs no fan-out.
    /// </summary>
    public static List<MemberReference> Read(SqliteConnection connection, string groupId) =>
        [.. ReadEach(connection, groupId)];

    /// <summary>The members as <see cref="Read"/> gives them, one row at a time.</summary>
    public static IEnumerable<MemberReference> ReadEach(SqliteConnection connection, string groupId)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT m.member_id, m.member_type, COALESCE(u.display_name, u.user_name, g.display_name) "
            + "FROM group_members m "
            + "LEFT JOIN users u ON m.member_type = 'User' AND u.id = m.member_id "
            + "LEFT JOIN groups g ON m.member_type = 'Group' AND g.id = m.member_id "
            + "WHERE m.group_id = @group ORDER BY m.member_id";
        command.Parameters.AddWithValue("@group", groupId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new MemberReference(reader.GetString(0), MemberType(reader), Nullable(reader, 2));
        }
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
        // The client's display is not kept: it is read-only and filled on read (see Read).
        command.CommandText = "INSERT OR IGNORE INTO group_members (group_id, member_id, member_type) "
            + "VALUES (@group, @member, @type)";
        command.Parameters.AddWithValue("@group", groupId);
        var member = command.Parameters.Add("@member", SqliteType.Text);
        var type = command.Parameters.Add("@type", SqliteType.Text);
        var added = new List<string>();
        foreach (var reference in members)
        {
            member.Value = reference.Value;
            type.Value = types[reference.Value];
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
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM group_members WHERE group_id = @group RETURNING member_id";
        command.Parameters.AddWithValue("@group", groupId);
        using var reader = command.ExecuteReader();
        var removed = new List<string>();
        while (reader.Read())
        {
            removed.Add(reader.GetString(0));
        }

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

    // The two type names are shared rather than read as 50,000 copies of "User".
    private static string MemberType(SqliteDataReader reader) =>
        reader.GetString(1) switch { "User" => "User", "Group" => "Group", var other => other };

    private static string? Nullable(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
