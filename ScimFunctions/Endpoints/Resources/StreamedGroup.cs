using ScimFunctions.Hosting;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Json;
using ScimFunctions.Scim.Resources;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>
/// <c>GET /Groups/{id}</c> with members, streamed: the members go from the store to the client
/// one at a time, so a 50,000-member group never sits in memory as a list, a JSON tree or bytes.
/// </summary>
public static class StreamedGroup
{
    /// <summary>
    /// True when members are shown whole. A projection into member sub-attributes
    /// (<c>members.value</c>) can drop members one by one, so it keeps the buffered rendering.
    /// </summary>
    public static bool Applies(ResourceEndpoint endpoint, Projection projection) =>
        ResourceReads.IncludeMembers(endpoint, projection)
        && !ResourceProjection.ReachesInto("members", projection.Attributes, projection.ExcludedAttributes);

    public static async Task<AppResponse> GetAsync(
        RequestContext context, ResourceEndpoint endpoint, string id, Projection projection)
    {
        var read = await ResourceReads.Repository(context).OpenGroupAsync(id, context.Cancellation)
            ?? throw ScimErrors.NotFound(endpoint.Type.Name, id);

        try
        {
            ChangeRecorder.Identify(context, endpoint, read.Group);
            var baseUri = context.Request.BaseUri;
            var withoutMembers = read.Group with { Members = [] };
            var head = ResourceRenderer.RenderProjected(withoutMembers, endpoint, baseUri, projection);
            var body = new GroupBodyWriter(head, read, new ReferenceRenderer(baseUri));
            return new AppResponse(200, body.WriteAsync, ScimJson.ContentType).WithHeader("ETag", read.Group.ETag);
        }
        catch
        {
            read.Dispose();
            throw;
        }
    }
}
