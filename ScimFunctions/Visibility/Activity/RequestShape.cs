using ScimFunctions.Hosting;

namespace ScimFunctions.Visibility.Activity;

/// <summary>The SCIM endpoint and resource id a path names: <c>/scim/v2/Users/42</c> is (Users, 42).</summary>
public sealed record RequestShape(string Endpoint, string? Id, string? Filter)
{
    private const string Prefix = "/scim/v2";

    public bool IsScim { get; private init; }

    /// <summary>"User" or "Group" for those endpoints, else null.</summary>
    public string? ResourceType => Endpoint.ToUpperInvariant() switch
    {
        "USERS" => "User",
        "GROUPS" => "Group",
        _ => null,
    };

    public static RequestShape Parse(string path, string queryString)
    {
        var filter = QueryParameters.Parse(queryString)["filter"];
        if (!path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return new RequestShape(path, null, filter);
        }

        var segments = path[Prefix.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var endpoint = segments.Length > 0 ? segments[0] : string.Empty;
        var id = segments.Length > 1 ? segments[1] : null;
        return new RequestShape(endpoint, id, filter) { IsScim = true };
    }
}
