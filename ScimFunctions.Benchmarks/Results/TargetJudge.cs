namespace ScimFunctions.Benchmarks.Results;

/// <summary>
/// Issue 6's targets, each computed from this run's figures. "Costs the same" is read as within
/// 20 %, since two runs of one figure on a shared machine differ by about that much.
/// </summary>
public static class TargetJudge
{
    private const double WritesPerSecond = 40 * 25;

    /// <summary>A figure with more than this share of failed requests judges nothing.</summary>
    private const double MaxErrorShare = 0.01;

    // The databases of about 100 MB: the base tenant at full size, or --snapshot-users.
    private static readonly string[] RestoreLabels = ["base", "sized"];

    public static IEnumerable<Target> Judge(BenchReport report) => Raw(report).Select(t => t with { Problem = ProblemOf(report, t) });

    private static string? ProblemOf(BenchReport report, Target target)
    {
        var failing = report.Figures
            .Where(f => target.Expression.Contains(f.Id + " ", StringComparison.Ordinal))
            .Where(f => f.Value.Errors > MaxErrorShare * Math.Max(1, f.Value.Operations))
            .Select(f => f.Id)
            .ToList();
        return failing.Count == 0 ? null : $"not judged: {string.Join(", ", failing)} had failed requests";
    }

    private static IEnumerable<Target> Raw(BenchReport report)
    {
        double? Ops(string id) => report.Find(id)?.Value.OpsPerSecond;
        double? Mean(string id) => report.Find(id)?.Value.MeanMs;
        double? P99(string id) => report.Find(id)?.Value.P99Ms;
        static double? Div(double? a, double? b) => a is { } x && b is { } y && y > 0 ? x / y : null;

        foreach (var (id, name) in new[] { ("http.users.filter", "filter"), ("http.users.id", "id") })
        {
            yield return new($"Lookup by {name} at the base size: throughput vs bare Kestrel",
                $"{id} ops/s ÷ http.bare ops/s", Div(Ops(id), Ops("http.bare")), 0.5, AtMost: false);
            yield return new($"Lookup by {name} at the base size: p99 vs bare Kestrel",
                $"{id} p99 ÷ http.bare p99", Div(P99(id), P99("http.bare")), 3, AtMost: true);
        }

        foreach (var kind in new[] { "filter", "id" })
        {
            yield return new($"Repository lookup by {kind}: scaled size vs base size",
                $"repo.lookup.{kind}.scaled mean ÷ repo.lookup.{kind}.base mean",
                Div(Mean($"repo.lookup.{kind}.scaled"), Mean($"repo.lookup.{kind}.base")), 1.5, AtMost: true);
        }

        yield return new("Member add+remove, big group vs 10 members (in process)",
            "repo.members.big mean ÷ repo.members.small mean",
            Div(Mean("repo.members.big"), Mean("repo.members.small")), 1.5, AtMost: true);
        yield return new("Member add/remove PATCH, big group vs 10 members (HTTP)",
            "http.members.big mean ÷ http.members.small mean",
            Div(Mean("http.members.big"), Mean("http.members.small")), 1.5, AtMost: true);
        yield return new("GET group with excludedAttributes=members: big vs small group",
            "http.groups.big.excluded mean ÷ http.groups.small.excluded mean",
            Div(Mean("http.groups.big.excluded"), Mean("http.groups.small.excluded")), 1.2, AtMost: true);

        foreach (var id in new[] { "http.users.post", "http.users.patch", "http.users.delete", "http.members.big", "http.members.small" })
        {
            yield return new($"Writes sustain 40 × Entra's 25/s: {id}", $"{id} ops/s", Ops(id), WritesPerSecond, AtMost: false);
        }

        foreach (var size in report.Figures.Where(f => f.Id.StartsWith("snapshot.vacuum.", StringComparison.Ordinal)))
        {
            var label = size.Id["snapshot.vacuum.".Length..];
            yield return new($"Snapshot speed at least 0.8 × VACUUM INTO ({label}): snapshot time ÷ VACUUM INTO time",
                $"snapshot.take.{label} mean ÷ snapshot.vacuum.{label} mean",
                Div(Mean($"snapshot.take.{label}"), Mean($"snapshot.vacuum.{label}")), 1.25, AtMost: true);
        }

        foreach (var label in RestoreLabels.Where(l => report.Figures.Any(f => f.Id == $"snapshot.restore.{l}")))
        {
            yield return new($"Restore under 2 × plain copy, {label} database (the target is set for about 100 MB)",
                $"snapshot.restore.{label} mean ÷ snapshot.copy.{label} mean",
                Div(Mean($"snapshot.restore.{label}"), Mean($"snapshot.copy.{label}")), 2, AtMost: true);
        }
        yield return new("Self-host resident memory while serving the base-size run (MB)",
            "max VmRSS of the self-host", report.SelfHostPeakRssMegabytes, 300, AtMost: true);
    }
}
