using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Benchmarks.Seeding;

/// <summary>Prepared-statement inserts in one transaction per call, for sizes the repository would seed slowly.</summary>
public sealed class BulkTenantWriter(ScimDatabase database) : ITenantWriter
{
    public string Path => "bulk SQL (prepared insert, one transaction)";

    public Task<string[]> AddUsersAsync(string tag, int start, int count, CancellationToken cancellation) =>
        Task.FromResult(BulkSeeder.InsertUsers(database, tag, start, count));

    public Task<string> AddGroupAsync(string displayName, IReadOnlyList<string> memberIds, CancellationToken cancellation) =>
        Task.FromResult(BulkSeeder.InsertGroupWithMembers(database, displayName, memberIds));
}
