namespace ScimFunctions.Scim.Schema;

/// <summary>One attribute of a schema, as RFC 7643 §7 describes attributes.</summary>
public sealed record AttributeDefinition(
    string Name,
    AttributeType Type,
    bool MultiValued = false,
    bool Required = false,
    bool CaseExact = false,
    Mutability Mutability = Mutability.ReadWrite,
    Returned Returned = Returned.Default,
    Uniqueness Uniqueness = Uniqueness.None,
    string Description = "")
{
    /// <summary>Sub-attributes of a complex attribute; empty otherwise.</summary>
    public IReadOnlyList<AttributeDefinition> SubAttributes { get; init; } = [];

    public IReadOnlyList<string> CanonicalValues { get; init; } = [];

    public IReadOnlyList<string> ReferenceTypes { get; init; } = [];

    /// <summary>Finds a sub-attribute without regard to case (RFC 7643 §2.1).</summary>
    public AttributeDefinition? FindSubAttribute(string name) =>
        SubAttributes.FirstOrDefault(sub => sub.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
