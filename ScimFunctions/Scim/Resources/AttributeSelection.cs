using System.Text.RegularExpressions;

namespace ScimFunctions.Scim.Resources;

/// <summary>
/// The attributes named in an <c>attributes</c> or <c>excludedAttributes</c> parameter
/// (RFC 7644 §3.4.2.5), as a tree of JSON keys: <c>name.givenName</c> becomes
/// name → givenName, <c>urn:...:enterprise:2.0:User:manager</c> becomes the extension URN →
/// manager. Names match JSON keys without regard to case.
/// </summary>
internal sealed partial class AttributeSelection
{
    public Dictionary<string, AttributeSelection> Children { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when this attribute was named itself, not only some of its sub-attributes.</summary>
    public bool Whole { get; private set; }

    public bool IsEmpty => Children.Count == 0;

    /// <summary>
    /// Builds the tree. <paramref name="coreUrns"/> may prefix a core attribute
    /// (<c>urn:...:core:2.0:User:userName</c>); <paramref name="extensionUrns"/> are the keys of
    /// extension objects. Names under any other URN select nothing.
    /// </summary>
    public static AttributeSelection Parse(
        IReadOnlyList<string>? names,
        IEnumerable<string> coreUrns,
        IEnumerable<string> extensionUrns)
    {
        var root = new AttributeSelection();
        var urns = coreUrns.Select(urn => (Urn: urn, Core: true))
            .Concat(extensionUrns.Select(urn => (Urn: urn, Core: false)))
            .OrderByDescending(candidate => candidate.Urn.Length)
            .ToList();
        foreach (var name in Split(names))
        {
            var segments = Segments(name, urns);
            if (segments is null)
            {
                continue;
            }

            var node = root;
            foreach (var segment in segments)
            {
                node = node.Children.TryGetValue(segment, out var child) ? child : node.Children[segment] = new();
            }

            node.Whole = true;
        }

        return root;
    }

    /// <summary>The comma-separated names in each entry, trimmed, without empty ones.</summary>
    public static IEnumerable<string> Split(IReadOnlyList<string>? names) =>
        (names ?? [])
            .SelectMany(entry => entry.Split(',', StringSplitOptions.TrimEntries))
            .Where(name => name.Length > 0)
            .Select(name => ValueFilter().Replace(name, string.Empty));

    private static List<string>? Segments(string name, List<(string Urn, bool Core)> urns)
    {
        foreach (var (urn, core) in urns)
        {
            if (name.Equals(urn, StringComparison.OrdinalIgnoreCase))
            {
                return core ? null : [urn];
            }

            if (name.StartsWith(urn + ":", StringComparison.OrdinalIgnoreCase))
            {
                var path = name[(urn.Length + 1)..].Split('.').ToList();
                if (!core)
                {
                    path.Insert(0, urn);
                }

                return path;
            }
        }

        return name.Contains(':', StringComparison.Ordinal) ? null : [.. name.Split('.')];
    }

    // The reference Postman collection asks for attributes=emails[type eq "work"]; RFC 7644
    // §3.4.2.5 takes attribute names only, so the filter is dropped and the whole attribute returned.
    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex ValueFilter();
}
