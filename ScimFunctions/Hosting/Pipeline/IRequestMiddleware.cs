namespace ScimFunctions.Hosting.Pipeline;

/// <summary>A step every request passes through, in both hosts.</summary>
public interface IRequestMiddleware
{
    /// <summary>Lower runs first (outermost). See <see cref="MiddlewareOrder"/>.</summary>
    int Order { get; }

    Task<AppResponse> InvokeAsync(RequestContext context, Func<Task<AppResponse>> proceed);
}
