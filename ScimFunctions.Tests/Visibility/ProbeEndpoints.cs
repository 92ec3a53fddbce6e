using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Routing;

namespace ScimFunctions.Tests.Visibility;

/// <summary>
/// A stand-in SCIM endpoint for end-to-end log tests: records a change the way the Users and
/// Groups endpoints do, so the feed can be tested without depending on them.
/// </summary>
internal sealed class ProbeEndpoints : IEndpointGroup
{
    public void Map(RouteTable routes) => routes
        .Map("POST", "/scim/v2/Probe/{kind}", AccessPolicy.Scim, CreateAsync);

    private static Task<AppResponse> CreateAsync(RequestContext context)
    {
        var kind = context.RouteValue("kind");
        var body = JsonNode.Parse(context.Request.Body)!.AsObject();
        body.Remove("password");
        var id = Guid.NewGuid().ToString("N");
        var name = (string?)body["userName"] ?? (string?)body["displayName"];
        context.ResourceId = id;
        context.ResourceName = name;
        context.Changes.Add(new ResourceChange(kind, id, null, body));
        return Task.FromResult(new AppResponse(201, System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()), "application/scim+json"));
    }
}
