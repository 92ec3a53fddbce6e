namespace ScimFunctions.Hosting.Routing;

/// <summary>
/// The one route table both hosts serve. Endpoint groups add their routes at start; the table is
/// read-only afterwards.
/// </summary>
public sealed class RouteTable
{
    private readonly List<RouteDefinition> _routes = [];

    public RouteTable(IEnumerable<IEndpointGroup> groups)
    {
        foreach (var group in groups)
        {
            group.Map(this);
        }
    }

    public IReadOnlyList<RouteDefinition> Routes => _routes;

    public RouteTable Map(string method, string template, AccessPolicy access, RouteHandler handler)
    {
        _routes.Add(new RouteDefinition(method, template, access, handler));
        return this;
    }

    /// <summary>Finds the route for a method and path; null when no route has this path at all.</summary>
    public RouteMatch? Match(string method, string path)
    {
        var segments = RouteDefinition.Split(path);
        RouteMatch? otherMethod = null;
        var allowed = new List<string>();
        foreach (var route in _routes)
        {
            if (!route.TryMatch(segments, out var values))
            {
                continue;
            }

            allowed.Add(route.Method);
            if (route.Method == method)
            {
                return new RouteMatch(route, values, allowed, route.Access);
            }

            otherMethod ??= new RouteMatch(null, values, allowed, route.Access);
        }

        return otherMethod;
    }
}
