namespace ScimFunctions.Scim.Schema;

/// <summary>A resource type (RFC 7643 §6): its endpoint, core schema and extensions.</summary>
public sealed record ResourceTypeDefinition(
    string Name,
    string Endpoint,
    string Description,
    SchemaDefinition Schema,
    IReadOnlyList<SchemaDefinition> Extensions)
{
    /// <summary>Finds an extension schema by URN without regard to case.</summary>
    public SchemaDefinition? FindExtension(string urn) =>
        Extensions.FirstOrDefault(extension => extension.Id.Equals(urn, StringComparison.OrdinalIgnoreCase));
}
