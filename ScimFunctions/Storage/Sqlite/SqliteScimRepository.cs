using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Patch;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// <see cref="IScimRepository"/> on the SQLite database. Every write runs in one transaction
/// under the database's single-writer lease, and reports its commit so backups see it.
/// </summary>
public sealed class SqliteScimRepository : IScimRepository
{
    private readonly ScimDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteScimRepository> _logger;

    public SqliteScimRepository(ScimDatabase database, TimeProvider time, ILogger<SqliteScimRepository> logger)
    {
        _database = database;
        _time = time;
        _logger = logger;
    }

    public Task<StoredResource?> GetAsync(ResourceKind kind, string id, bool includeMembers, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var table = ResourceTable.For(kind);
        using var reader = _database.OpenReader();
        if (!includeMembers || kind != ResourceKind.Group)
        {
            return Task.FromResult(ResourceRows.ReadOne(reader.Prepared(ResourceRows.SelectById(table)), kind, id));
        }

        // The group row and its members are read in one transaction, so they agree.
        using var transaction = reader.Connection.BeginTransaction(deferred: true);
        var group = ResourceRows.ReadOne(reader.Prepared(ResourceRows.SelectById(table), transaction), kind, id);
        return Task.FromResult(group is null ? null : group with { Members = MemberStore.Read(reader.Connection, id) });
    }

    public Task<GroupRead?> OpenGroupAsync(string id, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(SqliteGroupRead.Open(_database.OpenConnection(), id));
    }

    public Task<ResourcePage> QueryAsync(ResourceKind kind, ResourceQuery query, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        using var reader = _database.OpenReader();
        var page = SqliteResourceQuery.Run(reader, kind, query);
        var resourceType = ResourceTable.For(kind).ResourceType;
        var returned = page.Resources.Count;
        StorageLog.Queried(_logger, resourceType, page.TotalResults, returned);
        return Task.FromResult(page);
    }

    public async Task<StoredResource> CreateAsync(ResourceKind kind, NewResource resource, CancellationToken cancellation)
    {
        var table = ResourceTable.For(kind);
        var id = Guid.NewGuid().ToString();
        var passwordHash = resource.Password is null ? null : PasswordHasher.Hash(resource.Password);
        var now = StorageTime.Write(_time.GetUtcNow());

        await using var lease = await _database.BeginWriteAsync(cancellation);
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = table.InsertSql;
            insert.Parameters.AddWithValue("@id", id);
            insert.Parameters.AddWithValue("@created", now);
            insert.Parameters.AddWithValue("@last_modified", now);
            if (kind == ResourceKind.User)
            {
                insert.Parameters.AddWithValue("@password_hash", (object?)passwordHash ?? DBNull.Value);
            }

            table.BindColumns(insert, resource.Data);
            ExecuteUnique(insert, table);
        }

        List<MemberReference>? members = null;
        if (kind == ResourceKind.Group)
        {
            var requested = resource.Members ?? [];
            var types = MemberStore.ResolveTypes(connection, id, requested);
            MemberStore.Add(connection, id, requested, types);
            members = MemberStore.Read(connection, id);
        }

        transaction.Commit();
        lease.MarkCommitted();
        StorageLog.Created(_logger, table.ResourceType, id);
        var created = StorageTime.Read(now);
        return new StoredResource(kind, id, (JsonObject)resource.Data.DeepClone(), created, created, 1, members);
    }

    public async Task<ResourceUpdate> UpdateAsync(
        ResourceKind kind,
        string id,
        string? ifMatch,
        Func<StoredResource, ResourceEdit> edit,
        CancellationToken cancellation)
    {
        var table = ResourceTable.For(kind);

        await using var lease = await _database.BeginWriteAsync(cancellation);
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var before = ReadForWrite(connection, table, id, ifMatch);
        var change = edit(before);
        var (added, removed) = ApplyMembers(connection, id, change.Members);
        var passwordHash = change.NewPassword is null ? null : PasswordHasher.Hash(change.NewPassword);
        if (passwordHash is null && added.Count == 0 && removed.Count == 0 && JsonNode.DeepEquals(before.Data, change.Data))
        {
            // Entra re-sends values it already set; an unchanged resource keeps its version.
            return new ResourceUpdate(before, before, [], []);
        }

        var now = StorageTime.Write(_time.GetUtcNow());
        using (var update = connection.CreateCommand())
        {
            update.CommandText = table.UpdateSql;
            update.Parameters.AddWithValue("@id", id);
            update.Parameters.AddWithValue("@last_modified", now);
            if (kind == ResourceKind.User)
            {
                update.Parameters.AddWithValue("@password_hash", (object?)passwordHash ?? DBNull.Value);
            }

            table.BindColumns(update, change.Data);
            ExecuteUnique(update, table);
        }

        transaction.Commit();
        lease.MarkCommitted();
        var after = before with
        {
            Data = (JsonObject)change.Data.DeepClone(),
            LastModified = StorageTime.Read(now),
            Version = before.Version + 1,
        };
        StorageLog.Updated(_logger, table.ResourceType, id, after.Version, added.Count, removed.Count);
        return new ResourceUpdate(before, after, added, removed);
    }

    public async Task<StoredResource> DeleteAsync(ResourceKind kind, string id, string? ifMatch, CancellationToken cancellation)
    {
        var table = ResourceTable.For(kind);

        await using var lease = await _database.BeginWriteAsync(cancellation);
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var before = ReadForWrite(connection, table, id, ifMatch);
        MemberStore.RemoveEverywhere(connection, id, StorageTime.Write(_time.GetUtcNow()));
        using (var delete = connection.CreateCommand())
        {
            // A group's own member rows go with it (ON DELETE CASCADE).
            delete.CommandText = $"DELETE FROM {table.Name} WHERE id = @id";
            delete.Parameters.AddWithValue("@id", id);
            delete.ExecuteNonQuery();
        }

        transaction.Commit();
        lease.MarkCommitted();
        StorageLog.Deleted(_logger, table.ResourceType, id);
        return before;
    }

    public Task<IReadOnlyList<MemberReference>> GetGroupsOfMemberAsync(string memberId, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        using var connection = _database.OpenReader();
        var command = connection.Prepared(
            "SELECT g.id, g.display_name FROM group_members m JOIN groups g ON g.id = m.group_id "
            + "WHERE m.member_id = @member ORDER BY g.display_name_key");
        command.Parameters.AddWithValue("@member", memberId);
        using var reader = command.ExecuteReader();
        var groups = new List<MemberReference>();
        while (reader.Read())
        {
            groups.Add(new MemberReference(reader.GetString(0), "direct", reader.GetString(1)));
        }

        return Task.FromResult<IReadOnlyList<MemberReference>>(groups);
    }

    public Task<ResourceCounts> CountAsync(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        using var connection = _database.OpenReader();
        var command = connection.Prepared("SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM groups)");
        using var reader = command.ExecuteReader();
        reader.Read();
        return Task.FromResult(new ResourceCounts(reader.GetInt64(0), reader.GetInt64(1)));
    }

    private static StoredResource ReadForWrite(SqliteConnection connection, ResourceTable table, string id, string? ifMatch)
    {
        var current = ResourceRows.ReadOne(connection, table, id, includeMembers: false)
            ?? throw ScimErrors.NotFound(table.ResourceType, id);
        return ETagMatcher.Matches(ifMatch, current) ? current : throw ScimErrors.PreconditionFailed();
    }

    /// <summary>Applies member deltas; an id both removed and re-added counts as neither.</summary>
    private static (List<string> Added, List<string> Removed) ApplyMembers(
        SqliteConnection connection, string groupId, MemberChanges? changes)
    {
        if (changes is null || changes.IsEmpty)
        {
            return ([], []);
        }

        var types = MemberStore.ResolveTypes(connection, groupId, changes.Added);
        var removed = changes.ClearAll ? MemberStore.Clear(connection, groupId) : [];
        removed.AddRange(MemberStore.Remove(connection, groupId, changes.Removed.Except(removed, StringComparer.Ordinal)));
        var added = MemberStore.Add(connection, groupId, changes.Added, types);
        var both = added.Intersect(removed, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        return (added.Where(id => !both.Contains(id)).ToList(), removed.Where(id => !both.Contains(id)).ToList());
    }

    private void ExecuteUnique(SqliteCommand command, ResourceTable table)
    {
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException error) when (error.SqliteErrorCode == 19)
        {
            // SQLITE_CONSTRAINT: the lower-cased key is UNIQUE, so a case variant conflicts too.
            StorageLog.Duplicate(_logger, table.UniqueAttribute, table.ResourceType);
            throw ScimErrors.Uniqueness(table.UniqueAttribute);
        }
    }
}
