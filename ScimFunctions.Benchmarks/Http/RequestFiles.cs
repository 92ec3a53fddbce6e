using ScimFunctions.Benchmarks.Seeding;

namespace ScimFunctions.Benchmarks.Http;

/// <summary>The files the Lua scripts read: request paths and ids, one a line.</summary>
public sealed class RequestFiles
{
    private const int Sample = 20_000;

    public RequestFiles(string directory, SeededTenant tenant)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(6);
        var readable = Pick(random, tenant.Readable, Sample).ToArray();

        // Entra looks a user up by userName before creating it, so about half its lookups miss.
        FilterPaths = Write(directory, "filter-paths.txt", readable.Select((i, n) => FilterPath(
            n % 2 == 0 ? tenant.UserNames[i] : $"missing.{i}@contoso.example")));
        ExistingFilterPaths = Write(directory, "existing-filter-paths.txt", readable.Select(i => FilterPath(tenant.UserNames[i])));
        IdPaths = Write(directory, "id-paths.txt", readable.Select(i => "/scim/v2/Users/" + tenant.UserIds[i]));
        ReadableIds = Write(directory, "readable-ids.txt", readable.Select(i => tenant.UserIds[i]));
        DeleteIds = Write(directory, "delete-ids.txt", Range(tenant.DeletePool).Select(i => tenant.UserIds[i]));
        Candidates = Write(directory, "candidates.txt", Range(tenant.MemberCandidates).Select(i => tenant.UserIds[i]));
        OtherGroups = Write(directory, "other-groups.txt", tenant.OtherGroupIds.DefaultIfEmpty(tenant.SmallGroupId));
        BarePath = Write(directory, "bare-path.txt", [BareKestrel.Path]);
        HealthPath = Write(directory, "health-path.txt", ["/scim/health"]);
        BigExcluded = Write(directory, "big-excluded.txt", [GroupPath(tenant.BigGroupId, excluded: true)]);
        SmallExcluded = Write(directory, "small-excluded.txt", [GroupPath(tenant.SmallGroupId, excluded: true)]);
        BigFull = Write(directory, "big-full.txt", [GroupPath(tenant.BigGroupId, excluded: false)]);
    }

    public string FilterPaths { get; }

    public string ExistingFilterPaths { get; }

    public string IdPaths { get; }

    public string ReadableIds { get; }

    public string DeleteIds { get; }

    public string Candidates { get; }

    public string OtherGroups { get; }

    public string BarePath { get; }

    public string HealthPath { get; }

    public string BigExcluded { get; }

    public string SmallExcluded { get; }

    public string BigFull { get; }

    private static string FilterPath(string userName) =>
        "/scim/v2/Users?filter=" + Uri.EscapeDataString($"userName eq \"{userName}\"");

    private static string GroupPath(string id, bool excluded) =>
        "/scim/v2/Groups/" + id + (excluded ? "?excludedAttributes=members" : string.Empty);

    private static IEnumerable<int> Range(Range range) => Enumerable.Range(range.Start.Value, range.End.Value - range.Start.Value);

    private static IEnumerable<int> Pick(Random random, Range range, int count) =>
        Enumerable.Range(0, count).Select(_ => random.Next(range.Start.Value, range.End.Value));

    private static string Write(string directory, string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
