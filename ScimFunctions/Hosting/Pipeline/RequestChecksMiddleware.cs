using Microsoft.Extensions.Options;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Hosting.Pipeline;

/// <summary>
/// Checks the envelope of what the client sent: body size, and a JSON media type on bodies.
/// GET and DELETE need no Content-Type: Entra's connection test sends none.
/// </summary>
public sealed class RequestChecksMiddleware : IRequestMiddleware
{
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
    /// <c>application/scim+json</c> and <c>application/json</c>, with or without parameters such
    /// as <c>charset=utf-8</c>. A body without any Content-Type is read as JSON too.
    /// </summary>
    public static bool IsJsonMediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/scim+json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
    }
}
