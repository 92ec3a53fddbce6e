using ScimFunctions.Hosting;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Scim.Resources;
using ScimFunctions.Storage;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>
/// <c>PATCH /Users/{id}</c> answers 200 with the resource (the SCIM Validator requires it);
/// <c>PATCH /Groups/{id}</c> answers 204 as Entra's documentation asks, so a large group's
/// members are never read, unless the request asks for attributes.
/// </summary>
public static class PatchResource
{
    public static async Task<AppResponse> HandleAsync(RequestContext context, ResourceEndpoint endpoint)
    {
        var id = context.RouteValue("id");
        var patch = PatchDocument.Parse(RequestBody.ReadObject(context.Request));
        var projection = Projection.FromQuery(context.Request.Query);

        var update = await ResourceReads.Repository(context).UpdateAsync(
            endpoint.Kind, id, context.Request.Header("If-Match"), before => Edit(before, patch, endpoint), context.Cancellation);

        UpdateResponder.Record(context, endpoint, update);
        if (endpoint.Kind == ResourceKind.Group && !projection.IsRequested)
        {
            return ResourceResponses.NoContent(update.After);
        }

        return await UpdateResponder.ResourceAsync(context, endpoint, update, projection);
    }

    /// <summary>Applies the PATCH, then normalises the result exactly as a POST body would be.</summary>
    private static ResourceEdit Edit(StoredResource before, PatchDocument patch, ResourceEndpoint endpoint)
    {
        var result = PatchApplier.Apply(before.Data, patch, endpoint.Type);
        var normalized = ResourceNormalizer.Normalize(result.Resource, endpoint.Type);
        var members = endpoint.Kind == ResourceKind.Group ? result.Members : null;
        return new ResourceEdit(normalized.Data, members, result.NewPassword ?? normalized.Password);
    }
}
