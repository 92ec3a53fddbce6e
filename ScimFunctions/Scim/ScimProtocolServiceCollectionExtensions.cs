using Microsoft.Extensions.DependencyInjection;

namespace ScimFunctions.Scim;

public static class ScimProtocolServiceCollectionExtensions
{
    /// <summary>Schemas, filters, PATCH and resource validation.</summary>
    public static IServiceCollection AddScimProtocol(this IServiceCollection services) => services;
}
