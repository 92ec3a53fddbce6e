using System.Globalization;
using ScimFunctions.Benchmarks.Results;
using ScimFunctions.Benchmarks.Seeding;

namespace ScimFunctions.Benchmarks.Http;

/// <summary>
/// The HTTP figures: the bare Kestrel baseline and the self-host serving the seeded tenant, in
/// one run, measured one after the other with wrk. Deletes run last so that lookups never miss.
/// </summary>
public static class HttpSuite
{
    public const string Section = "HTTP: self-host on loopback (wrk)";

    public static async Task RunAsync(
        BenchReport report, BenchOptions options, SeededTenant tenant, string dataDirectory, ILogger logger)
    {
        var size = options.Size;
        var token = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        var files = new RequestFiles(Path.Combine(options.WorkDirectory, "requests"), tenant);
        var threads = size.LoadThreads.ToString(CultureInfo.InvariantCulture);
        var tag = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);

        await using var bare = await BareKestrel.StartAsync();
        using var host = await SelfHostProcess.StartAsync(dataDirectory, token, SelfHostSettings.ForBenchmark(options));
        BenchLog.SelfHostReady(logger, host.ProcessId, host.StartupTime.TotalSeconds);
        report.Note($"Self-host start to first healthy response over {tenant.UserIds.Length:N0} users: {host.StartupTime.TotalSeconds:0.00} s");

        // Warm-up, not recorded: the JIT and the SQLite page cache of both servers.
        await WrkRunner.RunAsync(size, bare.BaseUrl, "get-paths.lua", files.BarePath, token);
        await WrkRunner.RunAsync(size, host.BaseUrl, "get-paths.lua", files.FilterPaths, token);
        await WrkRunner.RunAsync(size, host.BaseUrl, "get-paths.lua", files.IdPaths, token);

        HttpScenario[] scenarios =
        [
            new("http.bare", "Bare Kestrel endpoint, small JSON (HTTP limit)", null, true, "get-paths.lua", [files.BarePath, token]),
            new("http.health", "Self-host GET /scim/health (pipeline, no storage)", "http.bare", false, "get-paths.lua", [files.HealthPath, token]),
            new("http.users.filter", "GET /Users?filter=userName eq (half missing)", "http.bare", false, "get-paths.lua", [files.FilterPaths, token]),
            new("http.users.id", "GET /Users/{id}", "http.bare", false, "get-paths.lua", [files.IdPaths, token]),
            new("http.groups.small.excluded", "GET /Groups/{small}?excludedAttributes=members", "http.bare", false, "get-paths.lua", [files.SmallExcluded, token]),
            new("http.groups.big.excluded", "GET /Groups/{big}?excludedAttributes=members", "http.groups.small.excluded", false, "get-paths.lua", [files.BigExcluded, token]),
            new("http.groups.big.full", "GET /Groups/{big} with all members", "http.groups.big.excluded", false, "get-paths.lua", [files.BigFull, token]),
            new("http.members.small", "PATCH /Groups/{small}: one member add or remove", "http.bare", false, "members.lua", [files.Candidates, token, tenant.SmallGroupId, threads]),
            new("http.members.big", "PATCH /Groups/{big}: one member add or remove", "http.members.small", false, "members.lua", [files.Candidates, token, tenant.BigGroupId, threads]),
            new("http.users.post", "POST /Users", "http.bare", false, "post-users.lua", [tag, token]),
            new("http.users.patch", "PATCH /Users/{id} (Entra replace ops)", "http.bare", false, "patch-users.lua", [files.ReadableIds, token]),
            new("http.mixed", "Mixed Entra cycle (70 % reads, 30 % writes)", "http.bare", false, "mixed.lua", [files.ExistingFilterPaths, files.ReadableIds, files.OtherGroups, token, tag]),
            new("http.users.delete", "DELETE /Users/{id}", "http.bare", false, "delete-users.lua", [files.DeleteIds, token, threads]),
            new("http.bare.end", "Bare Kestrel again at the end (machine drift)", "http.bare", true, "get-paths.lua", [files.BarePath, token]),
        ];

        foreach (var scenario in scenarios)
        {
            BenchLog.Measuring(logger, scenario.Id);
            try
            {
                var value = await WrkRunner.RunAsync(size, scenario.AgainstBare ? bare.BaseUrl : host.BaseUrl, scenario.Script, scenario.Arguments);
                report.Add(new Figure(scenario.Id, Section, scenario.Title, "wrk", value, scenario.BaselineId));
                BenchLog.Measured(logger, scenario.Id, value.OpsPerSecond, value.P50Ms, value.P99Ms, value.Errors);
            }
            catch (InvalidOperationException exception)
            {
                BenchLog.PartFailed(logger, exception, scenario.Id);
                report.Note($"{scenario.Id} failed: {exception.Message}");
            }
        }

        report.SelfHostPeakRssMegabytes = host.Memory.PeakMegabytes;
        report.Note($"Self-host peak resident memory (VmRSS) over the HTTP figures: {host.Memory.PeakMegabytes:N0} MB");
    }
}
