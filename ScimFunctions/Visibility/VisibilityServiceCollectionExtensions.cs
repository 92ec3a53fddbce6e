using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Hosting.Pipeline;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Visibility.Activity;
using ScimFunctions.Visibility.Admin;
using ScimFunctions.Visibility.Redaction;
using ScimFunctions.Visibility.RequestLog;
using ScimFunctions.Visibility.Ui;

namespace ScimFunctions.Visibility;

public static class VisibilityServiceCollectionExtensions
{
    /// <summary>The request log, the activity feed, the admin API and the web page.</summary>
    public static IServiceCollection AddScimVisibility(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestLogOptions>().Configure(options => Bind(options, configuration));
        services.AddSingleton(provider => new RequestLogDatabase(Path.Combine(
            Options<RequestLogOptions>(provider).Directory ?? Options<ScimToolOptions>(provider).DataDirectory,
            RequestLogOptions.FileName)));
        services.AddSingleton<IRequestLogStore, SqliteRequestLogStore>();
        services.AddSingleton<RequestLogQueries>();
        services.AddSingleton(provider => new RequestLogChannel(
            Options<RequestLogOptions>(provider).QueueCapacity, Options<RequestLogOptions>(provider).QueueMaxBodyBytes));
        services.AddSingleton(provider => new SecretRedactor(KnownSecrets.From(configuration, Options<ScimToolOptions>(provider))));
        services.AddSingleton(provider => new LogEntryBuilder(
            provider.GetRequiredService<SecretRedactor>(), Options<RequestLogOptions>(provider).MaxBodyChars));
        services.AddSingleton<NameResolver>();
        services.AddSingleton<RequestLogWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<RequestLogWriter>());
        services.AddSingleton<IRequestMiddleware, RequestLogMiddleware>();

        services.AddSingleton<UiAssets>();
        services.AddSingleton<IEndpointGroup, LogEndpoints>();
        services.AddSingleton<IEndpointGroup, ActivityEndpoints>();
        services.AddSingleton<IEndpointGroup, DirectoryEndpoints>();
        services.AddSingleton<IEndpointGroup, StatusEndpoints>();
        services.AddSingleton<IEndpointGroup, UiEndpoints>();
        return services;
    }

    private static void Bind(RequestLogOptions options, IConfiguration configuration)
    {
        if (int.TryParse(configuration[SettingNames.LogRetainCount], out var count) && count > 0)
        {
            options.RetainCount = count;
        }

        if (int.TryParse(configuration[SettingNames.LogRetainDays], out var days) && days > 0)
        {
            options.RetainDays = days;
        }
    }

    private static T Options<T>(IServiceProvider provider)
        where T : class => provider.GetRequiredService<IOptions<T>>().Value;
}
