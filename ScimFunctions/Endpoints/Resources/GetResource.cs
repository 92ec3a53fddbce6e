using ScimFunctions.Hosting;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Endpoints.Resources;

/// <summary><c>GET /Users/{id}</c>, <c>GET /Groups/{id}</c>.</summary>
public static class GetResource
{
    public static async Task<AppResponse> HandleAsync(RequestContext context, ResourceEndpoint endpoint)
    {
        var id = context.RouteValue("id");
        var projection = Projection.FromQuery(context.Request.Query);
        var includeMembers = ResourceReads.IncludeMembers(endpoint, projection);
        if (StreamedGroup.Applies(endpoint, projection))
        {
            return await StreamedGroup.GetAsync(context, endpoint, id, projection);
        }

        var resource = await ResourceReads.Repository(context).GetAsync(endpoint.Kind, id, includeMembers, context.Cancellation)
            ?? throw ScimErrors.NotFound(endpoint.Type.Name, id);

        ChangeRecorder.Identify(context, endpoint, resource);
        var groups = await ResourceReads.GroupsAsync(context, endpoint, id, projection);
        var body = ResourceRenderer.RenderProjected(resource, endpoint, context.Request.BaseUri, projection, groups);
        return ResourceResponses.Resource(200, body, resource);
    }
}
