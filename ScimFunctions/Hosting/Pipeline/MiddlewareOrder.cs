namespace ScimFunctions.Hosting.Pipeline;

/// <summary>The fixed order of the pipeline's steps, outermost first.</summary>
public static class MiddlewareOrder
{
    /// <summary>Records every request and its final response, errors included.</summary>
    public const int RequestLog = 100;

    /// <summary>Turns exceptions into SCIM error bodies, so everything inside it may throw.</summary>
    public const int Errors = 200;

    /// <summary>Rejects requests without the route's credential.</summary>
    public const int Authentication = 300;

    /// <summary>Holds requests until the start-up restore has finished.</summary>
    public const int StartupGate = 400;

    /// <summary>Body size, media type and similar checks on what the client sent.</summary>
    public const int RequestChecks = 500;
}
