using ScimFunctions.Endpoints.Resources;
using ScimFunctions.Hosting.Routing;

namespace ScimFunctions.Endpoints.Groups;

/// <summary>The <c>/scim/v2/Groups</c> routes (RFC 7644 §3).</summary>
public sealed class GroupEndpoints : IEndpointGroup
{
    public void Map(RouteTable routes) => ResourceRoutes.Map(routes, ResourceEndpoint.Groups);
}
