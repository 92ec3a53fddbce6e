using ScimFunctions.Hosting;

namespace ScimFunctions.Visibility.RequestLog;

/// <summary>
/// What the middleware hands over after a response: references only, no copying or parsing, so
/// the request path pays nothing for redaction and storage, which the background writer does.
/// </summary>
public sealed record CapturedRequest(
    DateTimeOffset Time,
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> RequestHeaders,
    byte[] RequestBody,
    int Status,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    byte[] ResponseBody,
    double DurationMs,
    string? ClientAddress,
    string? ResourceId,
    string? ResourceName,
    IReadOnlyList<ResourceChange> Changes);
