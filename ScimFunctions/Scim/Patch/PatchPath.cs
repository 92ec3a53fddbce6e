using ScimFunctions.Scim.Filters;

namespace ScimFunctions.Scim.Patch;

/// <summary>
/// A parsed PATCH path (RFC 7644 §3.5.2): an attribute, an optional value filter in brackets,
/// and an optional sub-attribute, in canonical spelling. <see cref="Sub"/> is null when the
/// path ends at the attribute itself.
/// </summary>
public sealed record PatchPath(string Text, ResolvedPath Attribute, FilterNode? Filter, ResolvedPath? Sub)
{
    /// <summary>The sub-attribute's name, as the JSON of an element spells it.</summary>
    public string? SubName => Sub?.Path.SubAttribute;
}
