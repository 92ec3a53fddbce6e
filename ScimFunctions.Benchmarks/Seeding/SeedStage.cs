using System.Diagnostics;
using ScimFunctions.Benchmarks.Results;

namespace ScimFunctions.Benchmarks.Seeding;

/// <summary>
/// Builds the databases of a run: the base tenant (through the repository when there is one),
/// the scaled copy (the base plus bulk-inserted users) and a small database for snapshots.
/// </summary>
public sealed class SeedStage(BenchOptions options, BenchReport report, ILogger logger)
{
    public string BaseDirectory => Path.Combine(options.WorkDirectory, "base");

    public string ScaledDirectory => Path.Combine(options.WorkDirectory, "scaled");

    public string SmallDirectory => Path.Combine(options.WorkDirectory, "small");

    public string SizedDirectory => Path.Combine(options.WorkDirectory, "sized");

    public string[] ScaledUserNames { get; private set; } = [];

    public string[] ScaledUserIds { get; private set; } = [];

    public async Task<SeededTenant> SeedBaseAsync(CancellationToken cancellation)
    {
        var layout = TenantLayout.From(options.Size);
        using var host = new StorageHost(BaseDirectory);
        ITenantWriter writer = host.Repository is { } repository
            ? new RepositoryTenantWriter(repository)
            : new BulkTenantWriter(host.Database);
        var clock = Stopwatch.StartNew();
        var tenant = await TenantSeeder.SeedAsync(writer, layout, "base", host.DatabaseFile, cancellation);
        DatabaseFiles.Checkpoint(host.Database);

        BenchLog.Seeded(logger, layout.Users, "users and their groups", writer.Path, clock.Elapsed.TotalSeconds);
        report.Note($"Base tenant: {layout.Users:N0} users, {layout.Groups:N0} groups (one of {layout.BigGroupMembers:N0} members, " +
            $"one of {layout.SmallGroupMembers}), seeded via {writer.Path} in {clock.Elapsed.TotalSeconds:0.0} s, " +
            $"{DatabaseFiles.SizeMegabytes(BaseDirectory):N1} MB");
        return tenant;
    }

    /// <summary>Copies the base and appends users up to the scaled size with the bulk path.</summary>
    public void SeedScaled(SeededTenant tenant)
    {
        var extra = options.Size.ScalingUsers - options.Size.Users;
        DatabaseFiles.CopyFolder(BaseDirectory, ScaledDirectory);
        using var host = new StorageHost(ScaledDirectory);
        var clock = Stopwatch.StartNew();
        var ids = BulkSeeder.InsertUsers(host.Database, "base", options.Size.Users, extra);
        DatabaseFiles.Checkpoint(host.Database);

        ScaledUserIds = [.. tenant.UserIds, .. ids];
        ScaledUserNames = Enumerable.Range(0, options.Size.ScalingUsers).Select(i => UserFactory.UserName("base", i)).ToArray();
        BenchLog.Seeded(logger, extra, "more users for the scaled database", "bulk SQL", clock.Elapsed.TotalSeconds);
        report.Note($"Scaled database: the base plus {extra:N0} users via bulk SQL (prepared insert, one transaction) " +
            $"in {clock.Elapsed.TotalSeconds:0.0} s, {DatabaseFiles.SizeMegabytes(ScaledDirectory):N1} MB");
    }

    public void SeedSmall()
    {
        using var host = new StorageHost(SmallDirectory);
        BulkSeeder.InsertUsers(host.Database, "small", 0, options.Size.SmallDatabaseUsers);
        DatabaseFiles.Checkpoint(host.Database);
    }

    /// <summary>A snapshot source of a chosen size (<c>--snapshot-users</c>), users only, bulk-inserted.</summary>
    public void SeedSized(int users)
    {
        using var host = new StorageHost(SizedDirectory);
        var clock = Stopwatch.StartNew();
        BulkSeeder.InsertUsers(host.Database, "sized", 0, users);
        DatabaseFiles.Checkpoint(host.Database);

        BenchLog.Seeded(logger, users, "users for the sized snapshot database", "bulk SQL", clock.Elapsed.TotalSeconds);
        report.Note($"Sized snapshot database: {users:N0} users via bulk SQL, {DatabaseFiles.SizeMegabytes(SizedDirectory):N1} MB");
    }
}
