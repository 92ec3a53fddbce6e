using ScimFunctions.Hosting.Routing;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>The routes every resource collection has; Users and Groups differ only in their endpoint.</summary>
public static class ResourceRoutes
{
    public static void Map(RouteTable routes, ResourceEndpoint endpoint)
    {
        var collection = endpoint.CollectionPath;
        var item = collection + "/{id}";
        routes
            .Map("GET", collection, AccessPolicy.Scim, context => ListResources.FromQueryAsync(context, endpoint))
            .Map("POST", collection, AccessPolicy.Scim, context => CreateResource.HandleAsync(context, endpoint))
            .Map("POST", collection + "/.search", AccessPolicy.Scim, context => ListResources.FromSearchAsync(context, endpoint))
            .Map("GET", item, AccessPolicy.Scim, context => GetResource.HandleAsync(context, endpoint))
            .Map("PUT", item, AccessPolicy.Scim, context => ReplaceResource.HandleAsync(context, endpoint))
            .Map("PATCH", item, AccessPolicy.Scim, context => PatchResource.HandleAsync(context, endpoint))
            .Map("DELETE", item, AccessPolicy.Scim, context => DeleteResource.HandleAsync(context, endpoint));
    }
}
