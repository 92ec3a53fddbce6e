namespace ScimFunctions.Visibility.RequestLog;

/// <summary>Settings of the request log (<c>LOG_RETAIN_COUNT</c>, <c>LOG_RETAIN_DAYS</c>).</summary>
public sealed class RequestLogOptions
{
    public const string FileName = "requestlog.db";

    /// <summary>Entries kept at most; older ones are removed first.</summary>
    public int RetainCount { get; set; } = 20_000;

    /// <summary>Entries older than this many days are removed.</summary>
    public int RetainDays { get; set; } = 14;

    /// <summary>Characters of each body kept; the rest is cut and the cut is marked.</summary>
    public int MaxBodyChars { get; set; } = 64 * 1024;

    /// <summary>Requests waiting to be written; beyond this new ones are dropped and counted.</summary>
    public int QueueCapacity { get; set; } = 5_000;

    /// <summary>
    /// Bytes of captured bodies waiting to be written at most; beyond this new requests are
    /// dropped and counted, as for <see cref="QueueCapacity"/>.
    /// </summary>
    public long QueueMaxBodyBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Entries written in one transaction at most.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>The folder of the log file; the service's data folder unless set.</summary>
    public string? Directory { get; set; }
}
