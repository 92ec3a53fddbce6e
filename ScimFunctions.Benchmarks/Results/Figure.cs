namespace ScimFunctions.Benchmarks.Results;

/// <summary>
/// A figure in the report: what was measured, how, and the figure it is divided by. Every ratio
/// is figure over baseline: throughput ratios above 1 and latency ratios below 1 mean faster.
/// </summary>
public sealed record Figure(
    string Id,
    string Section,
    string Title,
    string Tool,
    Measurement Value,
    string? BaselineId,
    string? Note = null);
