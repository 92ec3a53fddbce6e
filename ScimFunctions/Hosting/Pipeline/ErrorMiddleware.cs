using Microsoft.Extensions.Logging;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Hosting.Pipeline;

/// <summary>
/// The one place where exceptions become RFC 7644 error bodies. A fault the client can act on
/// keeps its status and detail; anything else is a 500 with a generic detail, and is logged.
/// </summary>
public sealed partial class ErrorMiddleware : IRequestMiddleware
{
    private readonly ILogger<ErrorMiddleware> _logger;

    public ErrorMiddleware(ILogger<ErrorMiddleware> logger) => _logger = logger;

    public int Order => MiddlewareOrder.Errors;

    public async Task<AppResponse> InvokeAsync(RequestContext context, Func<Task<AppResponse>> proceed)
    {
        try
        {
            return await proceed();
        }
        catch (ScimException error)
        {
            return ScimErrorBody.ToResponse(error);
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            // The client went away; the status is never seen, but the request log records it.
            return ScimErrorBody.ToResponse(ScimErrors.Unavailable("The request was cancelled."));
        }
        catch (Exception error)
        {
            LogUnhandled(_logger, error, context.Request.Method, context.Route?.Route?.Template ?? "(no route)");
            return ScimErrorBody.ToResponse(ScimErrors.Internal());
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Unhandled error in {Method} {RouteTemplate}")]
    private static partial void LogUnhandled(ILogger logger, Exception error, string method, string routeTemplate);
}
