using System.Globalization;
using System.Text;

namespace ScimFunctions.Benchmarks.Results;

/// <summary>Writes the run as the markdown table the README quotes.</summary>
public static class MarkdownWriter
{
    public static string Write(BenchReport report)
    {
        var machine = report.Machine;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# SCIMTool benchmark ({report.Size.Name} size)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Run: {report.Started:yyyy-MM-dd HH:mm} UTC, `{report.Command}`");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- Machine: {machine.ProcessorCount} cores (`nproc`), {machine.CpuModel}, {machine.MemoryMegabytes:N0} MB memory, " +
            $"{machine.Runtime}, {machine.OperatingSystem}; load average at start: {machine.LoadAverageAtStart}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- HTTP figures: wrk, {report.Size.LoadThreads} threads, {report.Size.Connections} connections, " +
            $"{report.Size.LoadDuration.TotalSeconds:0} s each, loopback; in-process figures: BenchmarkDotNet (in-process toolchain)");
        foreach (var note in report.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        text.AppendLine();
        text.AppendLine("Ratios are figure ÷ baseline: for throughput above 1 is faster; for p99 (the mean time where");
        text.AppendLine("there is no p99) below 1 is faster.");
        foreach (var section in report.Figures.GroupBy(f => f.Section))
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {section.Key}");
            text.AppendLine();
            text.AppendLine("| figure | id | ops/s | mean ms | p50 ms | p99 ms | errors | baseline | × throughput | × p99 (or mean) |");
            text.AppendLine("|---|---|---:|---:|---:|---:|---:|---|---:|---:|");
            foreach (var f in section)
            {
                var v = f.Value;
                var title = f.Note is null ? f.Title : $"{f.Title} ({f.Note})";
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {title} | `{f.Id}` | {v.OpsPerSecond:N0} | {Ms(v.MeanMs)} | {Ms(v.P50Ms)} | {Ms(v.P99Ms)} | {v.Errors:N0} | " +
                    $"{(f.BaselineId is null ? "(baseline)" : $"`{f.BaselineId}`")} | " +
                    $"{Ratio(report.ThroughputRatio(f))} | {Ratio(report.LatencyRatio(f))} |");
            }
        }

        text.AppendLine();
        text.AppendLine("## Targets (issue 6)");
        text.AppendLine();
        text.AppendLine("| target | computed as | value | limit | verdict |");
        text.AppendLine("|---|---|---:|---:|---|");
        foreach (var t in report.Targets)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {t.Description} | {t.Expression} | {Ratio(t.Value)} | {(t.AtMost ? "≤" : "≥")} {t.Limit:0.##} | **{t.Verdict}** |");
        }

        return text.ToString();
    }

    private static string Ms(double? value) => value switch
    {
        null => "—",
        < 1 => value.Value.ToString("0.000", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("N2", CultureInfo.InvariantCulture),
    };

    private static string Ratio(double? value) =>
        value is null ? "—" : value.Value.ToString(value < 10 ? "0.00" : "N0", CultureInfo.InvariantCulture);
}
