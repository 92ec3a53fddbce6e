using System.Collections.Frozen;
using System.Security.Cryptography;

namespace ScimFunctions.Visibility.Ui;

/// <summary>
/// The admin page's files, embedded in the assembly so that both hosts serve them and nothing
/// comes from a CDN. Only files that were embedded can be named, so a path cannot escape.
/// </summary>
public sealed class UiAssets
{
    private const string Prefix = "ScimFunctions.Visibility.Ui.wwwroot.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, Asset> _assets;

    public UiAssets()
    {
        var assembly = typeof(UiAssets).Assembly;
        _assets = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => Load(assembly, name))
            .ToFrozenDictionary(asset => asset.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IEnumerable<string> Names => _assets.Keys;

    public Asset? Find(string name) => _assets.GetValueOrDefault(name);

    private static Asset Load(System.Reflection.Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var name = resource[Prefix.Length..];
        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
        var etag = $"\"{Convert.ToHexString(SHA256.HashData(content).AsSpan(0, 8)).ToLowerInvariant()}\"";
        return new Asset(name, content, type, etag);
    }

    /// <summary>One embedded file with its media type and a content hash as its ETag.</summary>
    public sealed record Asset(string Name, byte[] Content, string ContentType, string ETag);
}
