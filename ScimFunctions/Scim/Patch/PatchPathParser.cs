using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Patch;

/// <summary>
/// Reads <c>attr</c>, <c>attr.sub</c>, <c>urn:...:attr[.sub]</c>, <c>attr[filter]</c> and
/// <c>attr[filter].sub</c>. A path naming nothing the resource type has is 400 invalidPath.
/// </summary>
public static class PatchPathParser
{
    public static PatchPath Parse(string path, ResourceTypeDefinition resourceType)
    {
        var open = path.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            var resolved = Resolve(path, path, resourceType);
            var attribute = resolved with { Path = resolved.Path with { SubAttribute = null }, SubAttribute = null };
            return new PatchPath(path, attribute, null, resolved.Path.SubAttribute is null ? null : resolved);
        }

        var close = ClosingBracket(path, open);
        var parent = Resolve(path, path[..open], resourceType);
        if (parent.Path.SubAttribute is not null || parent.Attribute is { Type: not AttributeType.Complex })
        {
            throw ScimErrors.InvalidPath(path, "only a complex attribute takes a [filter]");
        }

        var filter = FilterParser.ParseElementFilter(path[(open + 1)..close], parent, resourceType);
        var rest = path[(close + 1)..];
        return new PatchPath(path, parent, filter, rest.Length == 0 ? null : ResolveSub(path, parent, rest));
    }

    private static ResolvedPath Resolve(string path, string attributePath, ResourceTypeDefinition resourceType) =>
        AttributeResolver.TryResolve(attributePath.Trim(), resourceType, out var error)
            ?? throw ScimErrors.InvalidPath(path, error);

    private static ResolvedPath ResolveSub(string path, ResolvedPath parent, string rest)
    {
        var name = rest.StartsWith('.') ? rest[1..] : string.Empty;
        if (name.Length == 0 || name.Contains('.', StringComparison.Ordinal))
        {
            throw ScimErrors.InvalidPath(path, "after ']' only '.subAttribute' may follow");
        }

        if (parent.Attribute is null)
        {
            return parent with { Path = parent.Path with { SubAttribute = name } };
        }

        var sub = parent.Attribute.FindSubAttribute(name)
            ?? throw ScimErrors.InvalidPath(path, $"'{parent.Attribute.Name}' has no sub-attribute '{name}'");
        return parent.WithSubAttribute(sub);
    }

    private static int ClosingBracket(string path, int open)
    {
        var quoted = false;
        for (var position = open + 1; position < path.Length; position++)
        {
            var character = path[position];
            if (quoted && character == '\\')
            {
                position++;
            }
            else if (character == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && character == ']')
            {
                return position;
            }
        }

        throw ScimErrors.InvalidPath(path, "the '[' has no matching ']'");
    }
}
