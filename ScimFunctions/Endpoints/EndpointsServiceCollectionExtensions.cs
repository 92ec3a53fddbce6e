using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Endpoints.Discovery;
using ScimFunctions.Endpoints.Groups;
using ScimFunctions.Endpoints.Users;
using ScimFunctions.Hosting.Routing;

namespace ScimFunctions.Endpoints;

public static class EndpointsServiceCollectionExtensions
{
    /// <summary>The route groups of the SCIM API.</summary>
    public static IServiceCollection AddScimEndpoints(this IServiceCollection services)
    {
        services.AddSingleton<IEndpointGroup, HealthEndpoints>();
        services.AddSingleton<IEndpointGroup, DiscoveryEndpoints>();
        services.AddSingleton<IEndpointGroup, UserEndpoints>();
        services.AddSingleton<IEndpointGroup, GroupEndpoints>();
        return services;
    }
}
