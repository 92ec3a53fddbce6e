namespace ScimFunctions.Visibility.RequestLog;

/// <summary>Where the background writer puts log entries; narrow, so tests can make it fail.</summary>
public interface IRequestLogStore
{
    Task AppendAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellation);

    /// <summary>Removes entries older than <paramref name="cutoff"/> and all but the newest <paramref name="keep"/>.</summary>
    Task<int> PruneAsync(DateTimeOffset cutoff, int keep, CancellationToken cancellation);
}
