using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Filters;

/// <summary>
/// Resolves attribute paths as clients write them (any letter case, bare or URN-qualified,
/// with or without a sub-attribute) to the canonical spelling of RFC 7643 §2.1.
/// Shared by the filter parser, the PATCH path parser and the SQL translator.
/// </summary>
public static class AttributeResolver
{
    private const string UrnPrefix = "urn:";

    /// <summary>
    /// Resolves <paramref name="path"/>; returns null and a client-facing reason when the path
    /// names nothing in a schema this resource type has. Attributes under an extension URN the
    /// service does not know are accepted as written, because they are stored as sent.
    /// </summary>
    public static ResolvedPath? TryResolve(string path, ResourceTypeDefinition resourceType, out string error)
    {
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(path))
        {
            error = "an attribute name is missing";
            return null;
        }

        if (!path.StartsWith(UrnPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ResolveBare(path, resourceType, out error);
        }

        var schema = FindSchemaPrefix(path, resourceType);
        if (schema is not null)
        {
            var rest = path[(schema.Id.Length + 1)..];
            var urn = schema == resourceType.Schema ? null : schema.Id;
            return ResolveIn(schema, urn, rest, resourceType, out error);
        }

        return ResolveUnknownExtension(path, resourceType, out error);
    }

    /// <summary>The definition a canonical path ends at, or null for an attribute nobody modelled.</summary>
    public static AttributeDefinition? Describe(AttributePath path, ResourceTypeDefinition resourceType)
    {
        var attribute = FindTopLevel(path.SchemaUrn, path.Attribute, resourceType);
        return path.SubAttribute is null ? attribute : attribute?.FindSubAttribute(path.SubAttribute);
    }

    /// <summary>Resolves a sub-attribute name inside a value filter, relative to its parent.</summary>
    public static ResolvedPath? TryResolveElement(string name, AttributeDefinition? parent, out string error)
    {
        error = string.Empty;
        if (name.Contains('.', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
        {
            error = $"'{name}' inside a value filter must be a plain sub-attribute name";
            return null;
        }

        if (parent is null)
        {
            return new ResolvedPath(new AttributePath(null, name), null, null);
        }

        var sub = parent.FindSubAttribute(name);
        if (sub is null)
        {
            error = $"'{parent.Name}' has no sub-attribute '{name}'";
            return null;
        }

        return new ResolvedPath(new AttributePath(null, sub.Name), sub, null);
    }

    internal static AttributeDefinition? FindTopLevel(string? urn, string name, ResourceTypeDefinition resourceType)
    {
        if (urn is null)
        {
            return FindCore(name, resourceType);
        }

        return resourceType.FindExtension(urn)?.FindAttribute(name);
    }

    private static ResolvedPath? ResolveBare(string path, ResourceTypeDefinition resourceType, out string error)
    {
        error = string.Empty;
        var (name, _) = SplitSub(path);
        if (FindCore(name, resourceType) is not null)
        {
            return ResolveIn(resourceType.Schema, null, path, resourceType, out error);
        }

        // Entra writes extension attributes bare as well ("manager", not the URN-qualified form).
        var extension = resourceType.Extensions.FirstOrDefault(schema => schema.FindAttribute(name) is not null);
        if (extension is not null)
        {
            return ResolveIn(extension, extension.Id, path, resourceType, out error);
        }

        error = $"'{name}' is not an attribute of {resourceType.Name}";
        return null;
    }

    private static ResolvedPath? ResolveIn(
        SchemaDefinition schema,
        string? urn,
        string rest,
        ResourceTypeDefinition resourceType,
        out string error)
    {
        error = string.Empty;
        var (name, subName) = SplitSub(rest);
        var attribute = urn is null ? FindCore(name, resourceType) : schema.FindAttribute(name);
        if (attribute is null)
        {
            error = $"'{name}' is not an attribute of the schema {schema.Id}";
            return null;
        }

        if (subName is null)
        {
            return new ResolvedPath(new AttributePath(urn, attribute.Name), attribute, null);
        }

        var sub = attribute.FindSubAttribute(subName);
        if (sub is null || subName.Contains('.', StringComparison.Ordinal))
        {
            error = $"'{attribute.Name}' has no sub-attribute '{subName}'";
            return null;
        }

        return new ResolvedPath(new AttributePath(urn, attribute.Name, sub.Name), attribute, sub);
    }

    private static ResolvedPath? ResolveUnknownExtension(
        string path,
        ResourceTypeDefinition resourceType,
        out string error)
    {
        error = string.Empty;
        var colon = path.LastIndexOf(':');
        var urn = path[..colon];
        var (name, subName) = SplitSub(path[(colon + 1)..]);
        if (ScimSchemas.All.Any(schema => schema.Id.Equals(path, StringComparison.OrdinalIgnoreCase)))
        {
            error = $"'{path}' names a schema, not an attribute";
            return null;
        }

        if (ScimSchemas.All.Any(schema => schema.Id.Equals(urn, StringComparison.OrdinalIgnoreCase)))
        {
            error = $"the schema {urn} does not apply to {resourceType.Name}";
            return null;
        }

        var malformed = !urn.Contains(':', StringComparison.Ordinal) || name.Length == 0
            || subName?.Length == 0 || subName?.Contains('.', StringComparison.Ordinal) == true;
        if (malformed)
        {
            error = $"'{path}' is not a valid attribute path";
            return null;
        }

        return new ResolvedPath(new AttributePath(urn, name, subName), null, null);
    }

    private static SchemaDefinition? FindSchemaPrefix(string path, ResourceTypeDefinition resourceType) =>
        resourceType.Extensions.Prepend(resourceType.Schema)
            .Where(schema => path.Length > schema.Id.Length + 1
                && path.StartsWith(schema.Id + ":", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(schema => schema.Id.Length)
            .FirstOrDefault();

    private static AttributeDefinition? FindCore(string name, ResourceTypeDefinition resourceType) =>
        resourceType.Schema.FindAttribute(name)
            ?? ScimSchemas.Common.FirstOrDefault(
                common => common.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static (string Name, string? Sub) SplitSub(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (path, null) : (path[..dot], path[(dot + 1)..]);
    }
}
