using System.Text.Json.Nodes;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Resources;

/// <summary>
/// Turns what a client sent (POST or PUT body, or a PATCH result) into the canonical JSON that is
/// stored: attribute names in canonical spelling, values coerced to the schema's types, nulls
/// dropped, read-only attributes ignored, members and password taken out.
/// </summary>
public static class ResourceNormalizer
{
    public static NormalizedResource Normalize(JsonObject input, ResourceTypeDefinition resourceType) =>
        throw new NotImplementedException("TODO(#2): resource normalizer");
}
