using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Scim.Json;
using ScimFunctions.Storage;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>Responses that carry one resource, with its ETag (and Location for a create).</summary>
public static class ResourceResponses
{
    public static AppResponse Resource(int status, JsonObject body, StoredResource resource) =>
        ScimResponses.Json(status, body).WithHeader("ETag", resource.ETag);

    public static AppResponse Created(JsonObject body, StoredResource resource, ResourceEndpoint endpoint, Uri baseUri) =>
        Resource(201, body, resource).WithHeader("Location", endpoint.Location(baseUri, resource.Id).AbsoluteUri);

    public static AppResponse NoContent(StoredResource resource) =>
        AppResponse.NoContent().WithHeader("ETag", resource.ETag);
}
