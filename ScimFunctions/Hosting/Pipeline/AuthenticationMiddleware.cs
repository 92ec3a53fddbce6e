using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Hosting.Pipeline;

/// <summary>
/// Checks <c>Authorization: Bearer</c> against the route's secrets in constant time. A path with
/// no route is judged by its prefix, so an unknown <c>/scim/v2/...</c> path without a token is a
/// 401, not a 404 that would reveal what exists.
/// </summary>
public sealed class AuthenticationMiddleware : IRequestMiddleware
{
    private readonly ScimToolOptions _options;

    public AuthenticationMiddleware(IOptions<ScimToolOptions> options) => _options = options.Value;

    public int Order => MiddlewareOrder.Authentication;

    public Task<AppResponse> InvokeAsync(RequestContext context, Func<Task<AppResponse>> proceed)
    {
        var access = context.Route?.Access ?? AccessForUnknownPath(context.Request.Path);
        var secrets = access switch
        {
            AccessPolicy.Scim => _options.ScimSecrets,
            AccessPolicy.Admin => _options.AdminSecrets,
            _ => null,
        };

        if (secrets is not null && !IsAuthorized(context.Request.Header("Authorization"), secrets))
        {
            throw ScimErrors.Unauthorized();
        }

        return proceed();
    }

    public static bool IsAuthorized(string? authorization, IReadOnlyList<string> secrets)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Hashing first makes the comparison independent of the secrets' lengths, and every
        // secret is compared, so the time taken tells neither which one matched nor how long it is.
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()));
        var matched = false;
        foreach (var secret in secrets)
        {
            matched |= CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        }

        return matched;
    }

    private static AccessPolicy AccessForUnknownPath(string path) =>
        path.StartsWith("/scim/admin", StringComparison.OrdinalIgnoreCase) ? AccessPolicy.Admin
        : path.StartsWith("/scim/", StringComparison.OrdinalIgnoreCase) ? AccessPolicy.Scim
        : AccessPolicy.Anonymous;
}
