using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Scim.Json;
using ScimFunctions.Storage;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>
/// <c>GET /Users</c>, <c>GET /Groups</c> and <c>POST .../.search</c>: always a ListResponse,
/// with <c>totalResults</c> counting every match, even when nothing matches (Entra's Test
/// Connection treats a 404 here as an incompatible endpoint).
/// </summary>
public static class ListResources
{
    public static Task<AppResponse> FromQueryAsync(RequestContext context, ResourceEndpoint endpoint) =>
        RunAsync(context, endpoint, ListRequest.FromQuery(context.Request.Query, endpoint.Type));

    public static Task<AppResponse> FromSearchAsync(RequestContext context, ResourceEndpoint endpoint) =>
        RunAsync(context, endpoint, ListRequest.FromSearchBody(RequestBody.ReadObject(context.Request), endpoint.Type));

    private static async Task<AppResponse> RunAsync(RequestContext context, ResourceEndpoint endpoint, ListRequest list)
    {
        var projection = new Projection(list.Attributes, list.ExcludedAttributes);
        var query = new ResourceQuery(
            list.Filter,
            list.StartIndex,
            list.Count,
            ResourceReads.IncludeMembers(endpoint, projection),
            list.SortBy,
            list.SortDescending);
        var page = await ResourceReads.Repository(context).QueryAsync(endpoint.Kind, query, context.Cancellation);

        var resources = new List<JsonNode>();
        foreach (var resource in page.Resources)
        {
            var groups = await ResourceReads.GroupsAsync(context, endpoint, resource.Id, projection);
            resources.Add(ResourceRenderer.RenderProjected(resource, endpoint, context.Request.BaseUri, projection, groups));
        }

        return ScimResponses.ListResponse(resources, page.TotalResults, list.StartIndex);
    }
}
