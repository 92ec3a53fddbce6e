namespace ScimFunctions.Scim.Schema;

/// <summary>A schema (core or extension) identified by its URN.</summary>
public sealed record SchemaDefinition(string Id, string Name, string Description, IReadOnlyList<AttributeDefinition> Attributes)
{
    /// <summary>Finds a top-level attribute without regard to case (RFC 7643 §2.1).</summary>
    public AttributeDefinition? FindAttribute(string name) =>
        Attributes.FirstOrDefault(attribute => attribute.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
