namespace ScimFunctions.Visibility.Activity;

/// <summary>One attribute whose value a request changed; null stands for absent.</summary>
public sealed record AttributeChange(string Attribute, string? Old, string? New);

/// <summary>A group member named for people: its id and, when found, its display name.</summary>
public sealed record NamedMember(string Id, string? Name);
