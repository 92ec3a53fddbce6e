using ScimFunctions.Scim.Schema;
using ScimFunctions.Storage;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>What the shared resource handlers need to know about Users or Groups.</summary>
/// <param name="Kind">The storage kind.</param>
/// <param name="Type">The resource type and its schemas.</param>
/// <param name="Segment">The collection's path segment, such as <c>Users</c>.</param>
/// <param name="NameAttribute">The attribute that names a resource in the request log.</param>
public sealed record ResourceEndpoint(ResourceKind Kind, ResourceTypeDefinition Type, string Segment, string NameAttribute)
{
    public static ResourceEndpoint Users { get; } = new(ResourceKind.User, ScimSchemas.UserType, "Users", "userName");

    public static ResourceEndpoint Groups { get; } = new(ResourceKind.Group, ScimSchemas.GroupType, "Groups", "displayName");

    /// <summary>The collection's path, which every route of the resource starts with.</summary>
    public string CollectionPath => $"/scim/v2/{Segment}";

    /// <summary>The absolute <c>meta.location</c> of a resource, as the client reached the service.</summary>
    public Uri Location(Uri baseUri, string id) => new(baseUri, $"{CollectionPath}/{Uri.EscapeDataString(id)}");
}
