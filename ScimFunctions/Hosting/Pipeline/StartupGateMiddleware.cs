using ScimFunctions.Hosting.Routing;

namespace ScimFunctions.Hosting.Pipeline;

/// <summary>Holds requests until the start-up restore has finished; health answers at once.</summary>
public sealed class StartupGateMiddleware : IRequestMiddleware
{
    private readonly IStartupGate _gate;

    public StartupGateMiddleware(IStartupGate gate) => _gate = gate;

    public int Order => MiddlewareOrder.StartupGate;

    public async Task<AppResponse> InvokeAsync(RequestContext context, Func<Task<AppResponse>> proceed)
    {
        if (context.Route?.Access != AccessPolicy.Anonymous)
        {
            await _gate.WaitAsync(context.Cancellation);
        }

        return await proceed();
    }
}
