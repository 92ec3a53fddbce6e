using ScimFunctions.Hosting.Routing;

namespace ScimFunctions.Hosting;

/// <summary>One request on its way through the pipeline, with what the pipeline learnt about it.</summary>
public sealed class RequestContext
{
    public RequestContext(AppRequest request, RouteMatch? route, IServiceProvider services, CancellationToken cancellation)
    {
        Request = request;
        Route = route;
        Services = services;
        Cancellation = cancellation;
    }

    public AppRequest Request { get; }

    /// <summary>The matched route, or null when no route matched the path.</summary>
    public RouteMatch? Route { get; }

    public IServiceProvider Services { get; }

    public CancellationToken Cancellation { get; }

    /// <summary>
    /// Resources this request changed, with their state before and after, recorded by the
    /// endpoints so that the request log can describe what happened without reading the store.
    /// </summary>
    public List<ResourceChange> Changes { get; } = [];

    /// <summary>The id of the resource the request concerns, once known (for the request log).</summary>
    public string? ResourceId { get; set; }

    /// <summary>The userName or displayName of that resource, once known (for the request log).</summary>
    public string? ResourceName { get; set; }

    public string RouteValue(string name) =>
        Route?.Values.TryGetValue(name, out var value) == true
            ? value
            : throw new InvalidOperationException($"Route value '{name}' is not part of the matched route.");
}
