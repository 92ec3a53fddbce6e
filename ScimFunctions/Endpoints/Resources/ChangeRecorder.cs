using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Storage;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>Tells the request log what a request did, without it reading the store.</summary>
public static class ChangeRecorder
{
    /// <summary>Names the resource the request concerns.</summary>
    public static void Identify(RequestContext context, ResourceEndpoint endpoint, StoredResource resource)
    {
        context.ResourceId = resource.Id;
        context.ResourceName = resource.Data[endpoint.NameAttribute]?.ToString();
    }

    public static void Record(
        RequestContext context,
        ResourceEndpoint endpoint,
        string id,
        JsonObject? before,
        JsonObject? after,
        IReadOnlyList<string>? added = null,
        IReadOnlyList<string>? removed = null) =>
        context.Changes.Add(new ResourceChange(endpoint.Type.Name, id, before, after, added, removed));
}
