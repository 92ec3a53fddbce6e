namespace ScimFunctions.Hosting.Routing;

/// <summary>The outcome of matching a request path against the route table.</summary>
/// <param name="Route">The route for the request's method, or null when only other methods match the path.</param>
/// <param name="Values">Values of the template's parameters.</param>
/// <param name="AllowedMethods">Every method that has a route for this path (for 405 answers).</param>
/// <param name="Access">The credential required: the route's own, or for a 405 that of the path's routes.</param>
public sealed record RouteMatch(
    RouteDefinition? Route,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<string> AllowedMethods,
    AccessPolicy Access);
