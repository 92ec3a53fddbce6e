using System.Text.Json.Nodes;
using ScimFunctions.Scim.Resources;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Tests.Scim.Resources;

/// <summary>Shortcuts for normaliser tests: bodies written as JSON text, results compared as JSON text.</summary>
internal static class NormalizerTestData
{
    public const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    public static NormalizedResource User(string json) =>
        ResourceNormalizer.Normalize(JsonNode.Parse(json)!.AsObject(), ScimSchemas.UserType);

    public static NormalizedResource Group(string json) =>
        ResourceNormalizer.Normalize(JsonNode.Parse(json)!.AsObject(), ScimSchemas.GroupType);

    /// <summary>Compact JSON text of <paramref name="json"/>, so expected values can be written readably.</summary>
    public static string Compact(string json) => JsonNode.Parse(json)!.ToJsonString();
}
