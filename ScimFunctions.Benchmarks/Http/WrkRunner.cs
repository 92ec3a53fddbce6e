using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ScimFunctions.Benchmarks.Results;

namespace ScimFunctions.Benchmarks.Http;

/// <summary>
/// Runs wrk (the Debian package) with one of the Lua scripts at a fixed thread and connection
/// count and reads its summary: requests/s, mean latency, the 50 % and 99 % latency and errors.
/// </summary>
public static partial class WrkRunner
{
    public static string ScriptsDirectory => Path.Combine(AppContext.BaseDirectory, "Http", "Scripts");

    public static async Task<Measurement> RunAsync(BenchSize size, string baseUrl, string script, params string[] scriptArgs)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            "-t", size.LoadThreads.ToString(CultureInfo.InvariantCulture),
            "-c", size.Connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{size.LoadDuration.TotalSeconds:0}s",
            "--timeout", "10s", "--latency",
            "-s", Path.Combine(ScriptsDirectory, script), baseUrl, "--",
        }.Concat(scriptArgs))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {errors}");
        }

        return Parse(output);
    }

    public static Measurement Parse(string output)
    {
        var requests = long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var socket = SocketErrors().Match(output);
        var failed = Non2xx().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (socket.Success)
        {
            failed += Enumerable.Range(1, 4).Sum(i => long.Parse(socket.Groups[i].Value, CultureInfo.InvariantCulture));
        }

        return new Measurement(
            double.Parse(Rate().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Milliseconds(MeanLatency().Match(output)),
            Milliseconds(Percentile("50").Match(output)),
            Milliseconds(Percentile("99").Match(output)),
            requests,
            failed);
    }

    private static Regex Percentile(string p) => new($@"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);

    private static double Milliseconds(Match match)
    {
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "s" => value * 1000,
            "m" => value * 60_000,
            _ => value,
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"^\s+Latency\s+([\d.]+)(us|ms|s|m)\s", RegexOptions.Multiline)]
    private static partial Regex MeanLatency();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
