namespace ScimFunctions.Benchmarks.Results;

/// <summary>
/// One measured figure. HTTP figures have per-request latency percentiles (from wrk); in-process
/// figures have the mean and median operation time (from BenchmarkDotNet) and no p99.
/// </summary>
public sealed record Measurement(
    double OpsPerSecond,
    double MeanMs,
    double? P50Ms,
    double? P99Ms,
    long Operations,
    long Errors)
{
    public static Measurement FromMeanNanoseconds(double meanNs, double medianNs, long operations) =>
        new(1e9 / meanNs, meanNs / 1e6, medianNs / 1e6, null, operations, 0);
}
