using ScimFunctions.Benchmarks.Results;
using ScimFunctions.Benchmarks.Seeding;

namespace ScimFunctions.Benchmarks.InProcess;

/// <summary>The BenchmarkDotNet figures: storage lookups, member changes and snapshot baselines.</summary>
public static class InProcessSuite
{
    public const string LookupSection = "In process: lookups (BenchmarkDotNet)";
    public const string MemberSection = "In process: group members (BenchmarkDotNet)";
    public const string SnapshotSection = "In process: snapshots (BenchmarkDotNet, one operation per iteration)";
    private const int Sample = 4096;

    public static void Prepare(BenchOptions options, SeedStage seeds, SeededTenant tenant)
    {
        var random = new Random(6);
        int[] PickFrom(int end) => Enumerable.Range(0, Sample).Select(_ => random.Next(0, end)).ToArray();

        var basePick = PickFrom(tenant.Readable.End.Value);
        var scaledPick = PickFrom(seeds.ScaledUserIds.Length)
            .Where(i => i < tenant.DeletePool.Start.Value || i >= tenant.UserIds.Length)
            .ToArray();
        BenchContext.WorkDirectory = options.WorkDirectory;
        BenchContext.Lookups["base"] = new LookupDatabase(
            seeds.BaseDirectory,
            tenant.UserIds.Length,
            [.. basePick.Select(i => tenant.UserNames[i])],
            [.. basePick.Select(i => tenant.UserIds[i])]);
        BenchContext.Lookups["scaled"] = new LookupDatabase(
            seeds.ScaledDirectory,
            seeds.ScaledUserIds.Length,
            [.. scaledPick.Select(i => seeds.ScaledUserNames[i])],
            [.. scaledPick.Select(i => seeds.ScaledUserIds[i])]);

        var members = DatabaseFiles.CopyFolder(seeds.BaseDirectory, Path.Combine(options.WorkDirectory, "members"));
        var candidates = tenant.UserIds[tenant.MemberCandidates];
        BenchContext.Members = new MemberDatabase(members, tenant.BigGroupId, tenant.SmallGroupId, candidates);

        PrepareSnapshots(options, seeds, withBase: true);
    }

    /// <summary>The snapshot sources: the small database, the seeded ones, and the sized one when asked for.</summary>
    public static void PrepareSnapshots(BenchOptions options, SeedStage seeds, bool withBase)
    {
        BenchContext.WorkDirectory = options.WorkDirectory;
        BenchContext.SnapshotSources["small"] = Path.Combine(seeds.SmallDirectory, "scim.db");
        if (withBase)
        {
            BenchContext.SnapshotSources["base"] = Path.Combine(seeds.BaseDirectory, "scim.db");
        }

        if (withBase && options.Size == BenchSize.Full)
        {
            BenchContext.SnapshotSources["scaled"] = Path.Combine(seeds.ScaledDirectory, "scim.db");
        }

        if (options.SnapshotUsers > 0)
        {
            BenchContext.SnapshotSources["sized"] = Path.Combine(seeds.SizedDirectory, "scim.db");
        }
    }

    public static void Run(BenchReport report, BenchOptions options, bool hasRepository, ILogger logger)
    {
        var size = options.Size;
        string Users(string label) => $"{BenchContext.Lookups[label].Users:N0} users";

        Add(report, logger, "raw lookup", () => BdnRunner.Run<RawLookupBenchmarks>(size, oneShot: false, (_, p, v) => new Figure(
            $"sqlite.lookup.raw.{p}", LookupSection, $"Raw SQLite lookup by indexed userName, {Users(p!)} (storage limit)",
            "BenchmarkDotNet", v, p == "base" ? null : "sqlite.lookup.raw.base")));

        if (!hasRepository)
        {
            BenchLog.Skipped(logger, "repository figures", "no IScimRepository is registered in this build");
            report.Note("Repository and member figures not measured: this build registers no IScimRepository.");
        }
        else
        {
            Add(report, logger, "repository lookup", () => BdnRunner.Run<RepositoryLookupBenchmarks>(size, oneShot: false, (m, p, v) =>
            {
                var kind = m == nameof(RepositoryLookupBenchmarks.Filter) ? "filter" : "id";
                var title = kind == "filter" ? "IScimRepository.QueryAsync userName eq" : "IScimRepository.GetAsync by id";
                var baseline = p == "base" ? "sqlite.lookup.raw.base" : $"repo.lookup.{kind}.base";
                return new Figure($"repo.lookup.{kind}.{p}", LookupSection, $"{title}, {Users(p!)}", "BenchmarkDotNet", v, baseline);
            }));

            Add(report, logger, "members", () => BdnRunner.Run<MemberBenchmarks>(size, oneShot: false, (_, p, v) =>
            {
                var members = p == "big" ? size.BigGroupMembers : size.SmallGroupMembers;
                return new Figure($"repo.members.{p}", MemberSection,
                    $"UpdateAsync: add one member then remove it, {members:N0}-member group",
                    "BenchmarkDotNet", v, p == "big" ? "repo.members.small" : null);
            }));
        }

        RunSnapshotBaselines(report, options, logger);
    }

    /// <summary>Plain copy and <c>VACUUM INTO</c> of every snapshot source: the snapshot limits.</summary>
    public static void RunSnapshotBaselines(BenchReport report, BenchOptions options, ILogger logger) =>
        Add(report, logger, "snapshot baselines", () => BdnRunner.Run<SnapshotBaselineBenchmarks>(options.Size, oneShot: true, (m, p, v) =>
        {
            var megabytes = new FileInfo(BenchContext.SnapshotSources[p!]).Length / 1024.0 / 1024.0;
            return m == nameof(SnapshotBaselineBenchmarks.FileCopy)
                ? new Figure($"snapshot.copy.{p}", SnapshotSection,
                    $"Plain file copy, {p} database ({megabytes:N1} MB)", "BenchmarkDotNet", v, null)
                : new Figure($"snapshot.vacuum.{p}", SnapshotSection,
                    $"VACUUM INTO, {p} database ({megabytes:N1} MB)", "BenchmarkDotNet", v, $"snapshot.copy.{p}");
        }));

    /// <summary>The durability code's snapshot, upload and restore on the same sources as the baselines.</summary>
    public static void RunSnapshots(BenchReport report, BenchOptions options, ILogger logger) =>
        Add(report, logger, "snapshots", () => BdnRunner.Run<SnapshotBenchmarks>(options.Size, oneShot: true, (m, p, v) =>
        {
            var megabytes = new FileInfo(BenchContext.SnapshotSources[p!]).Length / 1024.0 / 1024.0;
            var database = $"{p} database ({megabytes:N1} MB)";
            return m switch
            {
                nameof(SnapshotBenchmarks.Take) => new Figure($"snapshot.take.{p}", SnapshotSection,
                    $"Snapshot (SnapshotBuilder: consistent copy, gzip, SHA-256), {database}",
                    "BenchmarkDotNet", v, $"snapshot.vacuum.{p}"),
                nameof(SnapshotBenchmarks.TakeAndUpload) => new Figure($"snapshot.upload.{p}", SnapshotSection,
                    $"Snapshot and upload to the local folder store, {database}", "BenchmarkDotNet", v, $"snapshot.take.{p}"),
                nameof(SnapshotBenchmarks.RestoreAtStart) => new Figure($"snapshot.restore.{p}", SnapshotSection,
                    $"Restore at start from the folder store (download, checksum, gunzip, quick and content checks, " +
                    $"file put in place), {database}",
                    "BenchmarkDotNet", v, $"snapshot.copy.{p}"),
                _ => new Figure($"snapshot.restore.live.{p}", SnapshotSection,
                    $"Restore while serving (the same, then the pages copied into the live database), {database}",
                    "BenchmarkDotNet", v, $"snapshot.copy.{p}"),
            };
        }));

    private static void Add(BenchReport report, ILogger logger, string part, Func<IReadOnlyList<Figure>> run)
    {
        try
        {
            foreach (var figure in run())
            {
                report.Add(figure);
                BenchLog.Measured(logger, figure.Id, figure.Value);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException)
        {
            BenchLog.PartFailed(logger, exception, part);
            report.Note($"{part} failed: {exception.Message}");
        }
    }
}
