namespace ScimFunctions.Hosting.Routing;

/// <summary>Handles one matched route.</summary>
public delegate Task<AppResponse> RouteHandler(RequestContext context);
