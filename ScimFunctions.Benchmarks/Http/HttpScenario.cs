namespace ScimFunctions.Benchmarks.Http;

/// <summary>One wrk run: the figure it yields, its baseline, the script and the script's arguments.</summary>
public sealed record HttpScenario(
    string Id,
    string Title,
    string? BaselineId,
    bool AgainstBare,
    string Script,
    string[] Arguments);
