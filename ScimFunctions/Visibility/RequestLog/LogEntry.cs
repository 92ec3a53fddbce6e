namespace ScimFunctions.Visibility.RequestLog;

/// <summary>One stored, redacted request with the activity event computed from it.</summary>
public sealed record LogEntry
{
    public long Id { get; init; }

    public DateTimeOffset Time { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    /// <summary>The redacted query string without the question mark.</summary>
    public string Query { get; init; } = string.Empty;

    public int Status { get; init; }

    public double DurationMs { get; init; }

    public string? ClientAddress { get; init; }

    public string? ResourceType { get; init; }

    public string? ResourceId { get; init; }

    public string? ResourceName { get; init; }

    public IReadOnlyDictionary<string, string> RequestHeaders { get; init; } = new Dictionary<string, string>();

    public string RequestBody { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, string> ResponseHeaders { get; init; } = new Dictionary<string, string>();

    public string ResponseBody { get; init; } = string.Empty;

    /// <summary>The activity event type, such as <c>user.created</c>; see <see cref="Activity.EventTypes"/>.</summary>
    public required string EventType { get; init; }

    /// <summary><c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public required string Severity { get; init; }

    /// <summary>One readable sentence describing what happened.</summary>
    public required string Summary { get; init; }

    /// <summary>True for Entra's connection checks, which the activity view can hide.</summary>
    public bool IsKeepalive { get; init; }

    /// <summary>The event's details (attribute changes, members, error) as JSON, or null.</summary>
    public string? Details { get; init; }
}
