using ScimFunctions.Endpoints.Resources;
using ScimFunctions.Hosting.Routing;

namespace ScimFunctions.Endpoints.Users;

/// <summary>The <c>/scim/v2/Users</c> routes (RFC 7644 §3).</summary>
public sealed class UserEndpoints : IEndpointGroup
{
    public void Map(RouteTable routes) => ResourceRoutes.Map(routes, ResourceEndpoint.Users);
}
