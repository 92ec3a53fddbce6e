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
        report.Note($"Self-host start to first healthy response over {tenant.UserIds.Length:N0} users: "
            + $"{host.StartupTime.TotalSeconds:0.00} s");

        // Warm-up, not recorded: the JIT and the SQLite page cache of both servers.
        await WrkRunner.RunAsync(size, bare.BaseUrl, "get-paths.lua", files.BarePath, token);
        await WrkRunner.RunAsync(size, host.BaseUrl, "get-paths.lua", files.FilterPaths, token);
        await WrkRunner.RunAsync(size, host.BaseUrl, "get-paths.lua", files.IdPaths, token);

        var scenarios = HttpScenarios.For(files, tenant, token, tag, threads);

        foreach (var scenario in scenarios)
        {
            await ProcessIdle.WaitAsync(host.ProcessId, TimeSpan.FromSeconds(120));
            BenchLog.Measuring(logger, scenario.Id);
            try
            {
                var target = scenario.AgainstBare ? bare.BaseUrl : host.BaseUrl;
                var value = await WrkRunner.RunAsync(size, target, scenario.Script, scenario.Arguments);
                report.Add(new Figure(scenario.Id, Section, scenario.Title, "wrk", value, scenario.BaselineId));
                BenchLog.Measured(logger, scenario.Id, value);
            }
            catch (InvalidOperationException exception)
            {
                BenchLog.PartFailed(logger, exception, scenario.Id);
                report.Note($"{scenario.Id} failed: {exception.Message}");
            }
        }

        AddBareBaseline(report);
        report.SelfHostPeakRssMegabytes = host.Memory.PeakMegabytes;
        report.Note($"Self-host peak resident memory (VmRSS) over the HTTP figures: {host.Memory.PeakMegabytes:N0} MB");
    }

    /// <summary>
    /// The HTTP baseline is the faster of the bare runs before and after the self-host figures,
    /// so that another process busy at one moment cannot flatter the self-host's ratios.
    /// </summary>
    private static void AddBareBaseline(BenchReport report)
    {
        var runs = new[] { report.Find("http.bare.start"), report.Find("http.bare.end") }.OfType<Figure>().ToList();
        if (runs.Count == 0)
        {
            return;
        }

        var best = runs.MaxBy(f => f.Value.OpsPerSecond)!;
        report.Add(new Figure("http.bare", Section, "Bare Kestrel endpoint, small JSON (HTTP limit)", "wrk", best.Value, null,
            $"the faster of {string.Join(" and ", runs.Select(r => r.Id))}"));
    }
}
