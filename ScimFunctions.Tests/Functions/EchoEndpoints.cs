using System.Text;
using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Scim.Json;

namespace ScimFunctions.Tests.Functions;

/// <summary>
/// A route that answers with what the pipeline received, so the adapter tests can see the
/// request as the application saw it after crossing the Functions entry point.
/// </summary>
internal sealed class EchoEndpoints : IEndpointGroup
{
    public const string Path = "/scim/v2/Echo";

    public void Map(RouteTable routes)
    {
        routes.Map("GET", Path, AccessPolicy.Scim, Echo);
        routes.Map("POST", Path, AccessPolicy.Scim, Echo);
    }

    private static Task<AppResponse> Echo(RequestContext context)
    {
        var request = context.Request;
        var body = new JsonObject
        {
            ["method"] = request.Method,
            ["path"] = request.Path,
            ["query"] = request.QueryString,
            ["baseUri"] = request.BaseUri.ToString(),
            ["remoteAddress"] = request.RemoteAddress,
            ["accept"] = request.Header("Accept"),
            ["body"] = Encoding.UTF8.GetString(request.Body),
        };

        var response = new AppResponse(201, ScimJson.Serialize(body), ScimJson.ContentType)
            .WithHeader("Location", new Uri(request.BaseUri, Path + "/1").ToString())
            .WithHeader("ETag", "W/\"1\"");
        return Task.FromResult(response);
    }
}
