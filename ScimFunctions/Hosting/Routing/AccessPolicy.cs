namespace ScimFunctions.Hosting.Routing;

/// <summary>Which credential a route requires.</summary>
public enum AccessPolicy
{
    /// <summary>No credential: health and the admin page's static assets.</summary>
    Anonymous,

    /// <summary>The SCIM bearer token given to Entra (<c>SCIM_SHARED_SECRET</c>).</summary>
    Scim,

    /// <summary>The administration credential (<c>ADMIN_SECRET</c>), separate so Entra's token cannot read logs.</summary>
    Admin,
}
