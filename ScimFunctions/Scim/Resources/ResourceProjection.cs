using System.Text.Json.Nodes;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Resources;

/// <summary>Applies <c>attributes</c> and <c>excludedAttributes</c> (RFC 7644 §3.4.2.5) to a rendered resource.</summary>
public static class ResourceProjection
{
    /// <summary>
    /// Returns the resource reduced to the requested attributes. <c>returned: always</c>
    /// attributes (<c>id</c>, <c>schemas</c>...) stay; <c>returned: never</c> ones never appear.
    /// </summary>
    public static JsonObject Apply(
        JsonObject resource,
        ResourceTypeDefinition resourceType,
        IReadOnlyList<string>? attributes,
        IReadOnlyList<string>? excludedAttributes) =>
        throw new NotImplementedException("TODO(#2): attribute projection");

    /// <summary>True when the projection leaves out <c>members</c>, so the store need not read them.</summary>
    public static bool Excludes(
        string attribute,
        IReadOnlyList<string>? attributes,
        IReadOnlyList<string>? excludedAttributes) =>
        throw new NotImplementedException("TODO(#2): attribute projection");
}
