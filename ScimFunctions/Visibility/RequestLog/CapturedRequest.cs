using ScimFunctions.Hosting;

namespace ScimFunctions.Visibility.RequestLog;

/// <summary>
/// What the middleware hands over after a response: references only, no copying or parsing, so
/// the request path pays nothing for redaction and storage, which the background writer does.
/// A large response body is held only as its start (see <see cref="BodyCapture"/>), with
/// <see cref="ResponseBodyChars"/> saying how long the whole body was.
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
    IReadOnlyList<ResourceChange> Changes,
    int? ResponseBodyChars = null)
{
    /// <summary>True when <see cref="ResponseBody"/> holds only the start of the body.</summary>
    public bool IsResponseBodyCut => ResponseBodyChars is not null;
}
