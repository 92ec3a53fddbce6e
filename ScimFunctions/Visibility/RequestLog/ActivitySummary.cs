namespace ScimFunctions.Visibility.RequestLog;

/// <summary>Counts of events since a moment: all, by type, by severity, and keepalives apart.</summary>
public sealed class ActivitySummary
{
    public ActivitySummary(DateTimeOffset since) => Since = since;

    public DateTimeOffset Since { get; }

    /// <summary>Every logged request, keepalives included.</summary>
    public long Requests { get; private set; }

    public long Keepalives { get; private set; }

    public long Warnings { get; private set; }

    public long Errors { get; private set; }

    /// <summary>Events by type, keepalives excluded.</summary>
    public SortedDictionary<string, long> ByType { get; } = new(StringComparer.Ordinal);

    internal void Add(string eventType, string severity, bool keepalive, long count)
    {
        Requests += count;
        if (keepalive)
        {
            Keepalives += count;
            return;
        }

        ByType[eventType] = ByType.GetValueOrDefault(eventType) + count;
        if (severity == "warning")
        {
            Warnings += count;
        }
        else if (severity == "error")
        {
            Errors += count;
        }
    }
}
