using System.Globalization;
using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Visibility.Redaction;

namespace ScimFunctions.Visibility.Admin;

/// <summary>Reading query parameters and writing JSON answers for the admin API.</summary>
internal static class AdminHttp
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public const int MaxLimit = 500;

    public static AppResponse Json(JsonNode body, int status = 200) =>
        new AppResponse(status, System.Text.Encoding.UTF8.GetBytes(body.ToJsonString(RedactionJson.Options)), JsonContentType)
            .WithHeader("Cache-Control", "no-store");

    public static string? Text(RequestContext context, string name) =>
        string.IsNullOrWhiteSpace(context.Request.Query[name]) ? null : context.Request.Query[name]!.Trim();

    public static int Int(RequestContext context, string name, int fallback, int min, int max)
    {
        var text = Text(context, name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min
            ? Math.Min(value, max)
            : throw ScimErrors.InvalidValue($"The parameter '{name}' must be a whole number from {min}.");
    }

    public static long? Long(RequestContext context, string name)
    {
        var text = Text(context, name);
        return text is null ? null
            : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
            : throw ScimErrors.InvalidValue($"The parameter '{name}' must be a whole number.");
    }

    public static bool Bool(RequestContext context, string name) =>
        Text(context, name)?.ToLowerInvariant() switch
        {
            null or "false" or "0" => false,
            "true" or "1" => true,
            _ => throw ScimErrors.InvalidValue($"The parameter '{name}' must be true or false."),
        };

    public static DateTimeOffset? Time(RequestContext context, string name)
    {
        var text = Text(context, name);
        return text is null ? null
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value
            : throw ScimErrors.InvalidValue($"The parameter '{name}' must be a date and time (ISO 8601).");
    }

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
