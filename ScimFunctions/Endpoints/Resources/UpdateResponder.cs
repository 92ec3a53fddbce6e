using ScimFunctions.Hosting;
using ScimFunctions.Storage;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>Records an update for the request log and answers with the resource after it.</summary>
public static class UpdateResponder
{
    public static void Record(RequestContext context, ResourceEndpoint endpoint, ResourceUpdate update)
    {
        var baseUri = context.Request.BaseUri;
        ChangeRecorder.Identify(context, endpoint, update.After);
        ChangeRecorder.Record(
            context,
            endpoint,
            update.After.Id,
            ResourceRenderer.Render(update.Before with { Members = null }, endpoint, baseUri),
            ResourceRenderer.Render(update.After with { Members = null }, endpoint, baseUri),
            update.MembersAdded,
            update.MembersRemoved);
    }

    /// <summary>200 with the resource as the projection asks; a group's members are read only if shown.</summary>
    public static async Task<AppResponse> ResourceAsync(
        RequestContext context, ResourceEndpoint endpoint, ResourceUpdate update, Projection projection)
    {
        var after = update.After;
        if (ResourceReads.IncludeMembers(endpoint, projection))
        {
            after = await ResourceReads.Repository(context).GetAsync(endpoint.Kind, after.Id, true, context.Cancellation)
                ?? after;
        }

        var groups = await ResourceReads.GroupsAsync(context, endpoint, after.Id, projection);
        var body = ResourceRenderer.RenderProjected(after, endpoint, context.Request.BaseUri, projection, groups);
        return ResourceResponses.Resource(200, body, after);
    }
}
