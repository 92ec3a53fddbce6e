namespace ScimFunctions.Visibility.RequestLog;

/// <summary>Filters of the request log list; every one is applied in SQL, so totals stay right.</summary>
public sealed record LogQuery
{
    public string? Method { get; init; }

    /// <summary>An exact status (<c>404</c>) or a class (<c>4xx</c>).</summary>
    public string? Status { get; init; }

    public bool ErrorsOnly { get; init; }

    /// <summary>Text found in the path, query, bodies, resource name or summary.</summary>
    public string? Text { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 50;
}

/// <summary>Filters of the activity feed.</summary>
public sealed record ActivityQuery
{
    /// <summary>An event type (<c>user.created</c>) or its prefix (<c>user</c>, <c>group</c>).</summary>
    public string? Type { get; init; }

    public string? Severity { get; init; }

    public string? Text { get; init; }

    public bool HideKeepalives { get; init; }

    /// <summary>Only events newer than this id (for the new-activity count).</summary>
    public long? AfterId { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 50;
}

/// <summary>One page of results and the number of all matches.</summary>
public sealed record Page<T>(long Total, int Offset, int Limit, IReadOnlyList<T> Items);
