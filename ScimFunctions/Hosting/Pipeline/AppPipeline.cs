using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Hosting.Pipeline;

/// <summary>
/// The entry point both hosts call: matches the route, runs the middleware in order, then the
/// route's handler. Hosts hold no behaviour of their own beyond translating types.
/// </summary>
public sealed class AppPipeline
{
    private readonly RouteTable _routes;
    private readonly IRequestMiddleware[] _middleware;
    private readonly IServiceScopeFactory _scopes;

    public AppPipeline(RouteTable routes, IEnumerable<IRequestMiddleware> middleware, IServiceScopeFactory scopes)
    {
        _routes = routes;
        _middleware = [.. middleware.OrderBy(step => step.Order)];
        _scopes = scopes;
    }

    public async Task<AppResponse> HandleAsync(AppRequest request, CancellationToken cancellation)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var route = _routes.Match(request.Method, request.Path);
        var context = new RequestContext(request, route, scope.ServiceProvider, cancellation);

        return await InvokeAsync(context, 0);
    }

    private Task<AppResponse> InvokeAsync(RequestContext context, int index)
    {
        if (index < _middleware.Length)
        {
            return _middleware[index].InvokeAsync(context, () => InvokeAsync(context, index + 1));
        }

        return DispatchAsync(context);
    }

    private static Task<AppResponse> DispatchAsync(RequestContext context)
    {
        var match = context.Route ?? throw ScimErrors.NoSuchEndpoint();
        if (match.Route is null)
        {
            throw ScimErrors.MethodNotAllowed(match.AllowedMethods);
        }

        return match.Route.Handler(context);
    }
}
