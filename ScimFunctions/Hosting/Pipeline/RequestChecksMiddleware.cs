using Microsoft.Extensions.Options;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Hosting.Pipeline;

/// <summary>
/// Checks the envelope of what the client sent: body size, and a JSON media type in UTF-8 on
/// bodies. GET and DELETE need no Content-Type: Entra's connection test sends none.
/// </summary>
public sealed class RequestChecksMiddleware : IRequestMiddleware
{
    private static readonly string[] Utf8Charsets = ["utf-8", "utf8", "us-ascii"];

    private readonly ScimToolOptions _options;

    public RequestChecksMiddleware(IOptions<ScimToolOptions> options) => _options = options.Value;

    public int Order => MiddlewareOrder.RequestChecks;

    public Task<AppResponse> InvokeAsync(RequestContext context, Func<Task<AppResponse>> proceed)
    {
        var request = context.Request;
        if (request.BodyTooLarge)
        {
            throw ScimErrors.PayloadTooLarge(_options.MaxBodyBytes);
        }

        if (request.Body.Length > 0 && !IsJsonMediaType(request.Header("Content-Type")))
        {
            throw ScimErrors.UnsupportedMediaType();
        }

        return proceed();
    }

    /// <summary>
    /// <c>application/scim+json</c> and <c>application/json</c>, with or without parameters, in
    /// UTF-8 (RFC 8259 §8.1): a body labelled with another charset would be misread, as the body
    /// is always decoded as UTF-8. A body without any Content-Type is read as JSON too.
    /// </summary>
    public static bool IsJsonMediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var parts = contentType.Split(';', StringSplitOptions.TrimEntries);
        var mediaType = parts[0];
        var isJson = mediaType.Equals("application/scim+json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
        return isJson && parts.Skip(1).All(IsUtf8OrOtherParameter);
    }

    private static bool IsUtf8OrOtherParameter(string parameter)
    {
        var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
        if (!pair[0].Equals("charset", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var charset = pair.Length == 2 ? pair[1].Trim('"') : string.Empty;
        return Utf8Charsets.Contains(charset, StringComparer.OrdinalIgnoreCase);
    }
}
