using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Visibility.Activity;
using ScimFunctions.Visibility.Redaction;

namespace ScimFunctions.Visibility.RequestLog;

/// <summary>
/// Turns a captured request into what is stored: redacted first, then capped (so a cut never
/// leaves half a secret behind), then classified into an activity event. A response body that
/// arrives already cut is redacted token by token and never parsed whole.
/// </summary>
public sealed class LogEntryBuilder
{
    private readonly SecretRedactor _redactor;
    private readonly JsonPrefixRedactor _prefixRedactor;
    private readonly int _maxBodyChars;

    public LogEntryBuilder(SecretRedactor redactor, int maxBodyChars)
    {
        _redactor = redactor;
        _prefixRedactor = new JsonPrefixRedactor(redactor);
        _maxBodyChars = maxBodyChars;
    }

    public LogEntry Build(CapturedRequest request, IReadOnlyDictionary<string, string> names)
    {
        var responseText = request.IsResponseBodyCut ? string.Empty : Encoding.UTF8.GetString(request.ResponseBody);
        var cutResponse = request.IsResponseBodyCut ? _prefixRedactor.Redact(request.ResponseBody) : null;
        var response = request.IsResponseBodyCut ? cutResponse?.TopLevel : TryParse(responseText);
        var activity = ActivityClassifier.Classify(request, response, names);
        if (activity.Details is not null)
        {
            SecretRedactor.RedactJson(activity.Details);
            _redactor.RedactStrings(activity.Details);
        }

        return new LogEntry
        {
            Time = request.Time,
            Method = request.Method,
            Path = _redactor.RedactText(request.Path),
            Query = _redactor.RedactQuery(request.QueryString),
            Status = request.Status,
            DurationMs = Math.Round(request.DurationMs, 2),
            ClientAddress = request.ClientAddress,
            ResourceType = activity.ResourceType,
            ResourceId = activity.ResourceId,
            ResourceName = activity.ResourceName is null ? null : _redactor.RedactText(activity.ResourceName),
            RequestHeaders = _redactor.RedactHeaders(request.RequestHeaders),
            RequestBody = Cap(_redactor.RedactBody(Encoding.UTF8.GetString(request.RequestBody))),
            ResponseHeaders = _redactor.RedactHeaders(request.ResponseHeaders),
            ResponseBody = request.ResponseBodyChars is { } totalChars
                ? CapCut(cutResponse?.Text ?? RedactCutText(request.ResponseBody), totalChars)
                : Cap(_redactor.RedactBody(responseText)),
            EventType = activity.EventType,
            Severity = activity.Severity,
            Summary = _redactor.RedactText(activity.Summary),
            IsKeepalive = activity.IsKeepalive,
            Details = activity.Details is null ? null : _redactor.RedactText(activity.Details.ToJsonString(RedactionJson.Options)),
        };
    }

    /// <summary>The marker that ends a cut body; the UI shows it as is.</summary>
    public static string CutMarker(int totalChars) => $"\n… [cut: {totalChars} characters in total]";

    private string Cap(string body) =>
        body.Length <= _maxBodyChars ? body : body[.._maxBodyChars] + CutMarker(body.Length);

    /// <summary>
    /// Caps the redacted start of a body the middleware already cut (see <see cref="BodyCapture"/>);
    /// the marker gives the whole body's length, as for a body cut here.
    /// </summary>
    private string CapCut(string start, int totalChars) =>
        (start.Length <= _maxBodyChars ? start : start[.._maxBodyChars]) + CutMarker(totalChars);

    // A cut body that is not JSON is scrubbed as text; the cut made later falls well inside it.
    private string RedactCutText(byte[] start) => _redactor.RedactText(Encoding.UTF8.GetString(start));

    private static JsonNode? TryParse(string text)
    {
        if (text.Length == 0 || text[0] is not ('{' or '['))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
