using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Hosting;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Scim.Resources;
using ScimFunctions.Storage;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>Reads shared by the handlers, fetching members and groups only when they will be shown.</summary>
public static class ResourceReads
{
    public static IScimRepository Repository(RequestContext context) =>
        context.Services.GetRequiredService<IScimRepository>();

    /// <summary>
    /// False when the projection leaves <c>members</c> out, so a 50,000-member group is read
    /// without its members (Entra's <c>excludedAttributes=members</c>).
    /// </summary>
    public static bool IncludeMembers(ResourceEndpoint endpoint, Projection projection) =>
        endpoint.Kind == ResourceKind.Group
        && !ResourceProjection.Excludes("members", projection.Attributes, projection.ExcludedAttributes);

    /// <summary>A User's groups when the response will show them; null otherwise.</summary>
    public static async Task<IReadOnlyList<MemberReference>?> GroupsAsync(
        RequestContext context, ResourceEndpoint endpoint, string id, Projection projection)
    {
        if (endpoint.Kind != ResourceKind.User
            || ResourceProjection.Excludes("groups", projection.Attributes, projection.ExcludedAttributes))
        {
            return null;
        }

        return await Repository(context).GetGroupsOfMemberAsync(id, context.Cancellation);
    }
}
