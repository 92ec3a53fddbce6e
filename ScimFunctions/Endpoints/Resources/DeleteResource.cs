using ScimFunctions.Hosting;

namespace ScimFunctions.Endpoints.Resources;

/// <summary><c>DELETE /Users/{id}</c>, <c>DELETE /Groups/{id}</c>: 204, then 404 (RFC 7644 §3.6).</summary>
public static class DeleteResource
{
    public static async Task<AppResponse> HandleAsync(RequestContext context, ResourceEndpoint endpoint)
    {
        var id = context.RouteValue("id");

        var deleted = await ResourceReads.Repository(context).DeleteAsync(
            endpoint.Kind, id, context.Request.Header("If-Match"), context.Cancellation);

        ChangeRecorder.Identify(context, endpoint, deleted);
        ChangeRecorder.Record(context, endpoint, id, ResourceRenderer.Render(deleted, endpoint, context.Request.BaseUri), null);
        return AppResponse.NoContent();
    }
}
