using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Pipeline;

namespace ScimFunctions.Visibility.RequestLog;

/// <summary>
/// The outermost step: sees every SCIM request's final response, 401s, 404s and mapped errors
/// included, and hands it to the background writer. It copies at most the start of a large
/// body and never throws, so the log can neither slow nor fail a request. A streamed body is
/// captured as it goes out and handed over when it ends. Admin writes are recorded too, as an
/// audit trail.
/// </summary>
public sealed partial class RequestLogMiddleware : IRequestMiddleware
{
    private readonly RequestLogChannel _queue;
    private readonly TimeProvider _time;
    private readonly ILogger<RequestLogMiddleware> _logger;
    private readonly int _captureBytes;

    public RequestLogMiddleware(
        RequestLogChannel queue,
        TimeProvider time,
        IOptions<RequestLogOptions> options,
        ILogger<RequestLogMiddleware> logger)
    {
        _queue = queue;
        _time = time;
        _logger = logger;
        _captureBytes = BodyCapture.LimitBytes(options.Value.MaxBodyChars);
    }

    public int Order => MiddlewareOrder.RequestLog;

    public static bool IsRecorded(AppRequest request) =>
        request.Path.StartsWith("/scim/v2", StringComparison.OrdinalIgnoreCase)
        || (request.Path.StartsWith("/scim/admin/", StringComparison.OrdinalIgnoreCase)
            && request.Method is not ("GET" or "HEAD" or "OPTIONS"));

    public async Task<AppResponse> InvokeAsync(RequestContext context, Func<Task<AppResponse>> proceed)
    {
        if (!IsRecorded(context.Request))
        {
            return await proceed();
        }

        var time = _time.GetUtcNow();
        var started = _time.GetTimestamp();
        AppResponse? response = null;
        try
        {
            response = await proceed();
            return response.BodyWriter is { } writer
                ? CaptureStreamed(context, response, writer, time, started)
                : response;
        }
        finally
        {
            if (response?.BodyWriter is null)
            {
                var body = BodyCapture.From(response?.Body ?? [], _captureBytes);
                Capture(context, response, body, time, _time.GetElapsedTime(started));
            }
        }
    }

    private AppResponse CaptureStreamed(
        RequestContext context, AppResponse response, ResponseBodyWriter writer, DateTimeOffset time, long started) =>
        response.WithBodyWriter(async (destination, cancellation) =>
        {
            var capture = new PrefixCaptureStream(destination, _captureBytes);
            try
            {
                await writer(capture, cancellation);
            }
            finally
            {
                Capture(context, response, capture.Captured, time, _time.GetElapsedTime(started));
            }
        });

    private void Capture(
        RequestContext context,
        AppResponse? response,
        (byte[] Bytes, int? TotalChars) body,
        DateTimeOffset time,
        TimeSpan duration)
    {
        try
        {
            var request = context.Request;
            var responseHeaders = new Dictionary<string, string>(response?.Headers ?? [], StringComparer.OrdinalIgnoreCase);
            if (response?.ContentType is { } contentType)
            {
                responseHeaders["Content-Type"] = contentType;
            }

            _queue.TryEnqueue(new CapturedRequest(
                time,
                request.Method,
                request.Path,
                request.QueryString,
                request.Headers,
                request.Body,
                response?.StatusCode ?? 500,
                responseHeaders,
                body.Bytes,
                duration.TotalMilliseconds,
                request.RemoteAddress,
                context.ResourceId,
                context.ResourceName,
                [.. context.Changes],
                body.TotalChars));
        }
        catch (Exception error)
        {
            // Logging is a convenience; the response already exists and must go out.
            LogCaptureFailed(_logger, error);
        }
    }

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "A request could not be handed to the request log")]
    private static partial void LogCaptureFailed(ILogger logger, Exception error);
}
