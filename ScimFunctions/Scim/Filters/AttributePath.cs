namespace ScimFunctions.Scim.Filters;

/// <summary>
/// An attribute reference in canonical spelling: an optional schema URN (null for the core
/// schema), the attribute, and an optional sub-attribute (<c>name.givenName</c>).
/// </summary>
public sealed record AttributePath(string? SchemaUrn, string Attribute, string? SubAttribute = null)
{
    public override string ToString()
    {
        var name = SubAttribute is null ? Attribute : $"{Attribute}.{SubAttribute}";
        return SchemaUrn is null ? name : $"{SchemaUrn}:{name}";
    }
}
