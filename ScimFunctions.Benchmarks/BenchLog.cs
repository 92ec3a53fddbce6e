using ScimFunctions.Benchmarks.Results;

namespace ScimFunctions.Benchmarks;

/// <summary>Progress messages of a benchmark run (EventIds 7000-7999).</summary>
public static partial class BenchLog
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Information, Message = "Benchmark run {Size} started; work folder {WorkDirectory}")]
    public static partial void RunStarted(ILogger logger, string size, string workDirectory);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Seeded {Count} {What} via {Path} in {Seconds:0.0} s")]
    public static partial void Seeded(ILogger logger, int count, string what, string path, double seconds);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Measuring {FigureId}")]
    public static partial void Measuring(ILogger logger, string figureId);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information,
        Message = "{FigureId}: {OpsPerSecond:0} ops/s, mean {MeanMs:0.000} ms, p99 {P99Ms:0.00} ms, {Errors} errors")]
    private static partial void MeasuredWithP99(
        ILogger logger, string figureId, double opsPerSecond, double meanMs, double p99Ms, long errors);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Information,
        Message = "{FigureId}: {OpsPerSecond:0} ops/s, mean {MeanMs:0.000} ms, {Errors} errors")]
    private static partial void MeasuredMean(ILogger logger, string figureId, double opsPerSecond, double meanMs, long errors);

    /// <summary>One figure's result; the in-process figures have no p99 to print.</summary>
    public static void Measured(ILogger logger, string figureId, Measurement value)
    {
        if (value.P99Ms is { } p99Ms)
        {
            MeasuredWithP99(logger, figureId, value.OpsPerSecond, value.MeanMs, p99Ms, value.Errors);
        }
        else
        {
            MeasuredMean(logger, figureId, value.OpsPerSecond, value.MeanMs, value.Errors);
        }
    }

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Skipped {Part}: {Reason}")]
    public static partial void Skipped(ILogger logger, string part, string reason);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Self-host {ProcessId} healthy after {Seconds:0.00} s")]
    public static partial void SelfHostReady(ILogger logger, int processId, double seconds);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "Results written to {MarkdownFile} and {JsonFile}")]
    public static partial void ResultsWritten(ILogger logger, string markdownFile, string jsonFile);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Error, Message = "Part {Part} failed; the run goes on without it")]
    public static partial void PartFailed(ILogger logger, Exception exception, string part);
}
