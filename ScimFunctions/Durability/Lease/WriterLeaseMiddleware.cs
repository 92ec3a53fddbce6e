using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Pipeline;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Durability.Lease;

/// <summary>
/// Rejects SCIM writes while this instance is not the writer, so a second instance (a scale-out
/// the plan did not prevent) never diverges from the one whose snapshots are kept.
/// </summary>
public sealed class WriterLeaseMiddleware : IRequestMiddleware
{
    private readonly WriterAuthority _writer;

    public WriterLeaseMiddleware(WriterAuthority writer) => _writer = writer;

    // After the start-up gate (the lease is settled by then), before the request is read.
    public int Order => MiddlewareOrder.StartupGate + 50;

    public Task<AppResponse> InvokeAsync(RequestContext context, Func<Task<AppResponse>> proceed)
    {
        // POST .../.search (RFC 7644 §3.4.3) only reads.
        var isWrite = context.Request.Method is not ("GET" or "HEAD" or "OPTIONS")
            && !context.Request.Path.EndsWith("/.search", StringComparison.OrdinalIgnoreCase);
        var isScim = context.Request.Path.StartsWith("/scim/v2/", StringComparison.OrdinalIgnoreCase);
        if (isWrite && isScim && !_writer.CanWrite)
        {
            throw ScimErrors.NotWriter();
        }

        return proceed();
    }
}
