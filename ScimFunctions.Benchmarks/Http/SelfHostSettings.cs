namespace ScimFunctions.Benchmarks.Http;

/// <summary>The settings the benchmark gives the self-host beyond its data folder and tokens.</summary>
public static class SelfHostSettings
{
    public static IReadOnlyDictionary<string, string> ForBenchmark(BenchOptions options) =>
        new Dictionary<string, string>
        {
            // As a deployment configures it: per-request Information logs to the console would
            // measure the terminal, not the service.
            ["Logging__LogLevel__Default"] = "Warning",
        };
}
