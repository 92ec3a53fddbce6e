using ScimFunctions.Benchmarks.Machine;

namespace ScimFunctions.Benchmarks.Results;

/// <summary>Everything one run measured, in the order it was measured.</summary>
public sealed class BenchReport(MachineInfo machine, BenchSize size, string command)
{
    private readonly List<Figure> _figures = [];
    private readonly List<string> _notes = [];

    public MachineInfo Machine { get; } = machine;

    public BenchSize Size { get; } = size;

    public string Command { get; } = command;

    public DateTimeOffset Started { get; } = DateTimeOffset.UtcNow;

    public IReadOnlyList<Figure> Figures => _figures;

    public IReadOnlyList<string> Notes => _notes;

    public List<Target> Targets { get; } = [];

    /// <summary>The self-host's largest VmRSS seen while it served the base-size HTTP figures.</summary>
    public double? SelfHostPeakRssMegabytes { get; set; }

    public void Add(Figure figure) => _figures.Add(figure);

    public void Note(string note) => _notes.Add(note);

    public Figure? Find(string id) => _figures.FirstOrDefault(f => f.Id == id);

    /// <summary>The throughput ratio of a figure to its baseline, when both were measured.</summary>
    public double? ThroughputRatio(Figure figure) =>
        Baseline(figure) is { } b && b.Value.OpsPerSecond > 0 ? figure.Value.OpsPerSecond / b.Value.OpsPerSecond : null;

    /// <summary>The p99 ratio of a figure to its baseline, or the mean-time ratio where there is no p99.</summary>
    public double? LatencyRatio(Figure figure)
    {
        if (Baseline(figure) is not { } b)
        {
            return null;
        }

        return figure.Value.P99Ms is { } p99 && b.Value.P99Ms is { } bp99 && bp99 > 0
            ? p99 / bp99
            : b.Value.MeanMs > 0 ? figure.Value.MeanMs / b.Value.MeanMs : null;
    }

    private Figure? Baseline(Figure figure) => figure.BaselineId is null ? null : Find(figure.BaselineId);
}
