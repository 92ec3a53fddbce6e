using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Filters;

/// <summary>
/// An attribute reference resolved against a resource type: its canonical path and the
/// definitions it names. The definitions are null for attributes of an extension schema the
/// service does not model, which are kept and filtered as sent.
/// </summary>
public sealed record ResolvedPath(AttributePath Path, AttributeDefinition? Attribute, AttributeDefinition? SubAttribute)
{
    /// <summary>The definition of what the path ends at: the sub-attribute if there is one.</summary>
    public AttributeDefinition? Target => Path.SubAttribute is null ? Attribute : SubAttribute;

    /// <summary>The same attribute with <paramref name="sub"/> as its sub-attribute.</summary>
    public ResolvedPath WithSubAttribute(AttributeDefinition sub) =>
        new(Path with { SubAttribute = sub.Name }, Attribute, sub);
}
