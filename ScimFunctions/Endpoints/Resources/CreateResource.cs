using ScimFunctions.Hosting;
using ScimFunctions.Scim.Resources;
using ScimFunctions.Storage;

namespace ScimFunctions.Endpoints.Resources;

/// <summary><c>POST /Users</c>, <c>POST /Groups</c>: 201 with the stored resource and its Location.</summary>
public static class CreateResource
{
    public static async Task<AppResponse> HandleAsync(RequestContext context, ResourceEndpoint endpoint)
    {
        var body = RequestBody.ReadObject(context.Request);
        var normalized = ResourceNormalizer.Normalize(body, endpoint.Type);
        var projection = Projection.FromQuery(context.Request.Query);

        var created = await ResourceReads.Repository(context).CreateAsync(
            endpoint.Kind, new NewResource(normalized.Data, normalized.Members, normalized.Password), context.Cancellation);

        var baseUri = context.Request.BaseUri;
        ChangeRecorder.Identify(context, endpoint, created);
        ChangeRecorder.Record(
            context,
            endpoint,
            created.Id,
            null,
            ResourceRenderer.Render(created with { Members = null }, endpoint, baseUri),
            created.Members?.Select(member => member.Value).ToList());
        var response = ResourceRenderer.RenderProjected(created, endpoint, baseUri, projection);
        return ResourceResponses.Created(response, created, endpoint, baseUri);
    }
}
