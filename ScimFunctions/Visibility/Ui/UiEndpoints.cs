using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Visibility.Ui;

/// <summary>
/// Serves the admin page at <c>/scim/admin/ui</c>. The files hold no data and are anonymous;
/// the page asks for the admin credential and every call it makes is an admin route.
/// </summary>
public sealed class UiEndpoints : IEndpointGroup
{
    public const string IndexPath = "/scim/admin/ui";

    // Everything from this origin and nothing else: no CDN, no inline script, no framing.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public void Map(RouteTable routes) => routes
        .Map("GET", IndexPath, AccessPolicy.Anonymous, context => Serve(context, "index.html"))
        .Map("GET", IndexPath + "/{asset}", AccessPolicy.Anonymous, context => Serve(context, context.RouteValue("asset")));

    private static Task<AppResponse> Serve(RequestContext context, string name)
    {
        var asset = context.Services.GetRequiredService<UiAssets>().Find(name)
            ?? throw ScimErrors.NotFound("Page asset", name);

        var response = context.Request.Header("If-None-Match") == asset.ETag
            ? new AppResponse(304)
            : new AppResponse(200, asset.Content, asset.ContentType);
        return Task.FromResult(response
            .WithHeader("ETag", asset.ETag)
            .WithHeader("Cache-Control", "no-cache")
            .WithHeader("X-Content-Type-Options", "nosniff")
            .WithHeader("Referrer-Policy", "no-referrer")
            .WithHeader("Content-Security-Policy", ContentSecurityPolicy));
    }
}
