using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Pipeline;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Scim.Json;

namespace ScimFunctions.Endpoints;

/// <summary><c>GET /scim/health</c>: answers without a token, for probes and load balancers.</summary>
public sealed class HealthEndpoints : IEndpointGroup
{
    public void Map(RouteTable routes) =>
        routes.Map("GET", "/scim/health", AccessPolicy.Anonymous, Health);

    private static Task<AppResponse> Health(RequestContext context)
    {
        var gate = context.Services.GetService(typeof(IStartupGate)) as IStartupGate;
        var body = new JsonObject
        {
            ["status"] = gate?.IsOpen == false ? "restoring" : "ok",
        };

        return Task.FromResult(new AppResponse(200, ScimJson.Serialize(body), "application/json; charset=utf-8"));
    }
}
