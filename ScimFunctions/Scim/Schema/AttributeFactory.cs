namespace ScimFunctions.Scim.Schema;

/// <summary>Short constructors that keep the schema tables in <see cref="ScimSchemas"/> readable.</summary>
internal static class AttributeFactory
{
    public static AttributeDefinition Text(string name, string description, bool caseExact = false) =>
        new(name, AttributeType.String, CaseExact: caseExact, Description: description);

    public static AttributeDefinition Flag(string name, string description) =>
        new(name, AttributeType.Boolean, Description: description);

    public static AttributeDefinition Complex(string name, string description, params AttributeDefinition[] subAttributes) =>
        new(name, AttributeType.Complex, Description: description) { SubAttributes = subAttributes };

    /// <summary>
    /// A multi-valued complex attribute with the RFC 7643 §2.4 sub-attributes (value, display,
    /// type, primary) and any others given.
    /// </summary>
    public static AttributeDefinition MultiValued(
        string name,
        string description,
        string[] canonicalTypes,
        params AttributeDefinition[] extraSubAttributes)
    {
        var sub = new List<AttributeDefinition>
        {
            Text("value", $"The value of the {name} entry."),
            Text("display", "A human-readable name, primarily used for display purposes."),
            Text("type", "A label indicating the attribute's function."),
            Flag("primary", "True for the preferred entry; at most one entry is primary."),
        };
        sub[2] = sub[2] with { CanonicalValues = canonicalTypes };
        sub.AddRange(extraSubAttributes);
        return new AttributeDefinition(name, AttributeType.Complex, MultiValued: true, Description: description)
        {
            SubAttributes = sub,
        };
    }

    /// <summary>The same multi-valued attribute with a <c>value</c> of another type (photos, certificates).</summary>
    public static AttributeDefinition WithValueType(
        this AttributeDefinition attribute, AttributeType type, params string[] referenceTypes)
    {
        var value = attribute.FindSubAttribute("value")! with
        {
            Type = type,
            CaseExact = type == AttributeType.Reference,
            ReferenceTypes = referenceTypes,
        };
        return attribute with
        {
            SubAttributes = [.. attribute.SubAttributes.Select(sub => sub.Name == "value" ? value : sub)],
        };
    }

    public static AttributeDefinition Reference(string name, string description, params string[] referenceTypes) =>
        new(name, AttributeType.Reference, CaseExact: true, Description: description) { ReferenceTypes = referenceTypes };
}
