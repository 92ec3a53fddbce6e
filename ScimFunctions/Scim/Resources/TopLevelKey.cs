using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Resources;

/// <summary>What a top-level key of a resource body refers to.</summary>
internal enum TopLevelKeyKind
{
    /// <summary><c>schemas</c>: rebuilt from the data, so what was sent is not kept.</summary>
    Schemas,

    /// <summary>A core or common attribute, by plain name or by the core URN followed by <c>:name</c>.</summary>
    CoreAttribute,

    /// <summary>The object of an extension this service models (the enterprise User).</summary>
    ExtensionObject,

    /// <summary><c>&lt;extension URN&gt;:attr</c> (RFC 7644 §3.10 attribute notation).</summary>
    ExtensionAttribute,

    /// <summary>An object under a URN this service does not model, such as a custom Entra extension.</summary>
    UnknownExtensionObject,

    /// <summary><c>&lt;unknown URN&gt;:attr</c> with a plain value.</summary>
    UnknownExtensionAttribute,

    /// <summary>Anything else: not part of the schema, and dropped.</summary>
    Unknown,
}

/// <summary>A classified top-level key: its kind, the schema or URN it belongs to, and the attribute name.</summary>
internal sealed record TopLevelKey(
    TopLevelKeyKind Kind,
    string? Urn = null,
    SchemaDefinition? Schema = null,
    string? Name = null)
{
    public static TopLevelKey Classify(string key, bool valueIsObject, ResourceTypeDefinition resourceType)
    {
        if (key.Equals("schemas", StringComparison.OrdinalIgnoreCase))
        {
            return new(TopLevelKeyKind.Schemas);
        }

        if (!key.Contains(':', StringComparison.Ordinal))
        {
            return new(TopLevelKeyKind.CoreAttribute, Name: key);
        }

        var core = resourceType.Schema.Id;
        if (key.StartsWith(core + ":", StringComparison.OrdinalIgnoreCase))
        {
            return new(TopLevelKeyKind.CoreAttribute, Name: key[(core.Length + 1)..]);
        }

        foreach (var extension in resourceType.Extensions)
        {
            if (key.Equals(extension.Id, StringComparison.OrdinalIgnoreCase))
            {
                return new(TopLevelKeyKind.ExtensionObject, extension.Id, extension);
            }

            if (key.StartsWith(extension.Id + ":", StringComparison.OrdinalIgnoreCase))
            {
                var name = key[(extension.Id.Length + 1)..];
                return new(TopLevelKeyKind.ExtensionAttribute, extension.Id, extension, name);
            }
        }

        return ClassifyUnknownUrn(key, valueIsObject, core);
    }

    private static TopLevelKey ClassifyUnknownUrn(string key, bool valueIsObject, string coreUrn)
    {
        if (key.Equals(coreUrn, StringComparison.OrdinalIgnoreCase))
        {
            return new(TopLevelKeyKind.Unknown);
        }

        if (valueIsObject)
        {
            return IsSchemaUri(key)
                ? new(TopLevelKeyKind.UnknownExtensionObject, key)
                : new(TopLevelKeyKind.Unknown);
        }

        var colon = key.LastIndexOf(':');
        var urn = colon > 0 ? key[..colon] : string.Empty;
        var name = key[(colon + 1)..];
        return IsSchemaUri(urn) && IsAttributeName(name)
            ? new(TopLevelKeyKind.UnknownExtensionAttribute, urn, Name: name)
            : new(TopLevelKeyKind.Unknown);
    }

    // Schema ids are URNs (RFC 7643 §2.1), though Microsoft also uses http URIs for its own.
    private static bool IsSchemaUri(string key) =>
        key.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) && key.Length > 4
        || key.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    // RFC 7643 §2.1 ATTRNAME: a letter, then letters, digits, '-' or '_'.
    private static bool IsAttributeName(string name) =>
        name.Length > 0
        && char.IsAsciiLetter(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
