namespace ScimFunctions.Hosting.Routing;

/// <summary>A method and path template, such as <c>GET /scim/v2/Users/{id}</c>, with its handler.</summary>
public sealed class RouteDefinition
{
    private readonly string[] _segments;

    public RouteDefinition(string method, string template, AccessPolicy access, RouteHandler handler)
    {
        Method = method.ToUpperInvariant();
        Template = template;
        Access = access;
        Handler = handler;
        _segments = Split(template);
    }

    public string Method { get; }

    public string Template { get; }

    public AccessPolicy Access { get; }

    public RouteHandler Handler { get; }

    /// <summary>
    /// Matches path segments without regard to case (RFC 7644 does not make endpoint names
    /// case-sensitive and clients such as Postman collections send <c>/users</c>). A trailing
    /// slash is ignored. Parameters are written <c>{name}</c> and match one segment.
    /// </summary>
    public bool TryMatch(string[] pathSegments, out Dictionary<string, string> values)
    {
        values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (pathSegments.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            if (segment.StartsWith('{') && segment.EndsWith('}'))
            {
                values[segment[1..^1]] = pathSegments[i];
            }
            else if (!string.Equals(segment, pathSegments[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    internal static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
