using System.Text.Json.Nodes;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Patch.Compatibility;

/// <summary>
/// Compatibility rule "pathless keys are paths": with the aadOptscim062020 flag (and from the
/// SCIM Validator) Entra sends a pathless replace whose keys are <c>name.givenName</c> or
/// <c>urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber</c>. RFC 7644
/// §3.5.2 expects plain attribute names there; each key is read as an attribute path instead, so
/// that the dotted key updates the sub-attribute and the URN key lands in its extension object.
/// An extension URN whose value is an object expands to one path per attribute inside it.
/// </summary>
internal static class PathlessKeysCompatibility
{
    public static IEnumerable<(string Path, JsonNode? Value)> Expand(
        JsonObject value,
        ResourceTypeDefinition resourceType)
    {
        foreach (var (key, item) in value.ToList())
        {
            // The service, not the client, keeps the schemas list in step with the extensions present.
            if (key.Equals("schemas", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (resourceType.FindExtension(key) is { } extension && item is JsonObject attributes)
            {
                foreach (var (name, inner) in attributes.ToList())
                {
                    yield return ($"{extension.Id}:{name}", inner);
                }

                continue;
            }

            yield return (key, item);
        }
    }
}
