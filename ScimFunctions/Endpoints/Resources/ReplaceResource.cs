using ScimFunctions.Hosting;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Scim.Resources;
using ScimFunctions.Storage;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>
/// <c>PUT /Users/{id}</c>, <c>PUT /Groups/{id}</c>: the body replaces the resource. A group's
/// member list becomes exactly the members sent, none when the body has no <c>members</c>.
/// </summary>
public static class ReplaceResource
{
    public static async Task<AppResponse> HandleAsync(RequestContext context, ResourceEndpoint endpoint)
    {
        var id = context.RouteValue("id");
        var body = RequestBody.ReadObject(context.Request);
        var normalized = ResourceNormalizer.Normalize(body, endpoint.Type);

        var update = await ResourceReads.Repository(context).UpdateAsync(
            endpoint.Kind,
            id,
            context.Request.Header("If-Match"),
            _ => new ResourceEdit(normalized.Data, Members(endpoint, normalized), normalized.Password),
            context.Cancellation);

        UpdateResponder.Record(context, endpoint, update);
        return await UpdateResponder.ResourceAsync(context, endpoint, update, Projection.FromQuery(context.Request.Query));
    }

    private static MemberChanges? Members(ResourceEndpoint endpoint, NormalizedResource normalized)
    {
        if (endpoint.Kind != ResourceKind.Group)
        {
            return null;
        }

        var changes = new MemberChanges { ClearAll = true };
        changes.Added.AddRange(normalized.Members ?? []);
        return changes;
    }
}
