using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Durability;
using ScimFunctions.Endpoints;
using ScimFunctions.Scim;
using ScimFunctions.Storage;
using ScimFunctions.Visibility;

namespace ScimFunctions.Hosting;

public static class ScimToolServiceCollectionExtensions
{
    /// <summary>
    /// The whole application, for either host: each layer registers itself. Both hosts call this
    /// and nothing else, so a behaviour cannot exist in one host only.
    /// </summary>
    public static IServiceCollection AddScimTool(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddScimHosting(configuration)
            .AddScimProtocol()
            .AddScimStorage()
            .AddScimDurability(configuration)
            .AddScimVisibility(configuration)
            .AddScimEndpoints();
}
