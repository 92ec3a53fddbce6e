using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Json;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Endpoints.Discovery;

/// <summary>
/// RFC 7644 §4 discovery: <c>/ServiceProviderConfig</c>, <c>/ResourceTypes</c> and
/// <c>/Schemas</c>, describing exactly what the service implements. Entra reads <c>/Schemas</c>
/// when provisioning settings are saved (E-04). Query parameters are ignored.
/// </summary>
public sealed class DiscoveryEndpoints : IEndpointGroup
{
    private const string Prefix = "/scim/v2";

    public void Map(RouteTable routes) =>
        routes
            .Map("GET", $"{Prefix}/ServiceProviderConfig", AccessPolicy.Scim, ServiceProviderConfig)
            .Map("GET", $"{Prefix}/ResourceTypes", AccessPolicy.Scim, ResourceTypes)
            .Map("GET", $"{Prefix}/ResourceTypes/{{id}}", AccessPolicy.Scim, ResourceType)
            .Map("GET", $"{Prefix}/Schemas", AccessPolicy.Scim, Schemas)
            .Map("GET", $"{Prefix}/Schemas/{{id}}", AccessPolicy.Scim, Schema);

    private static Task<AppResponse> ServiceProviderConfig(RequestContext context) =>
        Ok(ServiceProviderConfigDocument.Create(BaseUrl(context)));

    private static Task<AppResponse> ResourceTypes(RequestContext context)
    {
        var baseUrl = BaseUrl(context);

        // User is listed first: clients such as Microsoft's test collection read Resources[0].
        var documents = ScimSchemas.ResourceTypes.Select(type => ResourceTypeDocuments.ResourceType(type, baseUrl));
        return List(documents.ToList());
    }

    private static Task<AppResponse> ResourceType(RequestContext context)
    {
        var id = context.RouteValue("id");
        var type = ScimSchemas.ResourceTypes.FirstOrDefault(t => t.Name.Equals(id, StringComparison.OrdinalIgnoreCase))
            ?? throw ScimErrors.NotFound("ResourceType", id);

        return Ok(ResourceTypeDocuments.ResourceType(type, BaseUrl(context)));
    }

    private static Task<AppResponse> Schemas(RequestContext context)
    {
        var baseUrl = BaseUrl(context);

        return List(ScimSchemas.All.Select(schema => SchemaDocuments.Schema(schema, baseUrl)).ToList());
    }

    private static Task<AppResponse> Schema(RequestContext context)
    {
        var id = context.RouteValue("id");
        var schema = ScimSchemas.All.FirstOrDefault(s => s.Id.Equals(id, StringComparison.OrdinalIgnoreCase))
            ?? throw ScimErrors.NotFound("Schema", id);

        return Ok(SchemaDocuments.Schema(schema, BaseUrl(context)));
    }

    private static string BaseUrl(RequestContext context) =>
        context.Request.BaseUri.GetLeftPart(UriPartial.Authority) + Prefix;

    private static Task<AppResponse> Ok(JsonObject document) =>
        Task.FromResult(ScimResponses.Json(200, document));

    private static Task<AppResponse> List(List<JsonObject> documents) =>
        Task.FromResult(ScimResponses.ListResponse(documents, documents.Count));
}
