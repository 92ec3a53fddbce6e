using System.Text.Json;

namespace ScimFunctions.Benchmarks.Results;

/// <summary>Writes the run as JSON, for tools that compare runs.</summary>
public static class JsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Write(BenchReport report) => JsonSerializer.Serialize(
        new
        {
            size = report.Size.Name,
            started = report.Started,
            command = report.Command,
            machine = report.Machine,
            notes = report.Notes,
            selfHostPeakRssMegabytes = report.SelfHostPeakRssMegabytes,
            figures = report.Figures.Select(f => new
            {
                f.Id,
                f.Section,
                f.Title,
                f.Tool,
                f.Note,
                f.Value.OpsPerSecond,
                f.Value.MeanMs,
                f.Value.P50Ms,
                f.Value.P99Ms,
                f.Value.Operations,
                f.Value.Errors,
                f.BaselineId,
                throughputRatio = report.ThroughputRatio(f),
                latencyRatio = report.LatencyRatio(f),
            }),
            targets = report.Targets.Select(t => new { t.Description, t.Expression, t.Value, t.Limit, t.AtMost, verdict = t.Verdict }),
        },
        Options);
}
