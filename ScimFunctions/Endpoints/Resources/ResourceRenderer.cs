using System.Globalization;
using System.Text.Json.Nodes;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Scim.Resources;
using ScimFunctions.Storage;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>
/// Turns a stored resource into its SCIM representation: <c>schemas</c>, <c>id</c>, the stored
/// attributes, <c>members</c> or <c>groups</c>, and <c>meta</c> with an absolute location.
/// </summary>
public static class ResourceRenderer
{
    /// <param name="resource">The stored resource; its members are rendered when it carries them.</param>
    /// <param name="endpoint">Users or Groups.</param>
    /// <param name="baseUri">Scheme and host the client used.</param>
    /// <param name="groups">The User's groups, or null to leave the attribute out.</param>
    public static JsonObject Render(
        StoredResource resource, ResourceEndpoint endpoint, Uri baseUri, IReadOnlyList<MemberReference>? groups = null)
    {
        var json = new JsonObject
        {
            ["schemas"] = resource.Data["schemas"]?.DeepClone() ?? new JsonArray(endpoint.Type.Schema.Id),
            ["id"] = resource.Id,
        };
        foreach (var (name, value) in resource.Data)
        {
            if (name != "schemas")
            {
                json[name] = value?.DeepClone();
            }
        }

        if (resource.Members is not null)
        {
            json["members"] = References(resource.Members, baseUri, typeFromMember: true);
        }

        if (groups is { Count: > 0 })
        {
            json["groups"] = References(groups, baseUri, typeFromMember: false);
        }

        json["meta"] = new JsonObject
        {
            ["resourceType"] = endpoint.Type.Name,
            ["created"] = Timestamp(resource.Created),
            ["lastModified"] = Timestamp(resource.LastModified),
            ["location"] = endpoint.Location(baseUri, resource.Id).AbsoluteUri,
            ["version"] = resource.ETag,
        };
        return json;
    }

    /// <summary>Renders and applies the request's <c>attributes</c>/<c>excludedAttributes</c>.</summary>
    public static JsonObject RenderProjected(
        StoredResource resource,
        ResourceEndpoint endpoint,
        Uri baseUri,
        Projection projection,
        IReadOnlyList<MemberReference>? groups = null)
    {
        var json = Render(resource, endpoint, baseUri, groups);
        return projection.IsRequested
            ? ResourceProjection.Apply(json, endpoint.Type, projection.Attributes, projection.ExcludedAttributes)
            : json;
    }

    private static JsonArray References(IReadOnlyList<MemberReference> references, Uri baseUri, bool typeFromMember)
    {
        var renderer = new ReferenceRenderer(baseUri);
        var array = new JsonArray();
        foreach (var reference in references)
        {
            var rendered = renderer.Render(reference, typeFromMember);
            var item = new JsonObject
            {
                ["value"] = rendered.Value,
                ["$ref"] = rendered.Ref,
                ["type"] = rendered.Type,
            };
            if (rendered.Display is not null)
            {
                item["display"] = rendered.Display;
            }

            array.Add(item);
        }

        return array;
    }

    private static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
