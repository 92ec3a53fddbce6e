namespace ScimFunctions.Hosting;

/// <summary>
/// Works out the address the client used. Behind Azure Front Door, App Service or a reverse
/// proxy the host sees an internal address; <c>X-Forwarded-Host</c> and <c>X-Forwarded-Proto</c>
/// carry the public one that <c>meta.location</c> must point to.
/// </summary>
public static class ForwardedHeaders
{
    public static Uri ResolveBaseUri(Uri requestUri, Func<string, string?> header)
    {
        var host = FirstValue(header("X-Forwarded-Host")) ?? requestUri.Authority;
        var scheme = FirstValue(header("X-Forwarded-Proto")) ?? requestUri.Scheme;
        if (scheme is not ("http" or "https"))
        {
            scheme = requestUri.Scheme;
        }

        return Uri.TryCreate($"{scheme}://{host}", UriKind.Absolute, out var uri)
            ? uri
            : new Uri(requestUri.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>The original client of a proxied request, else the peer the host saw.</summary>
    public static string? ResolveClientAddress(string? peerAddress, Func<string, string?> header) =>
        FirstValue(header("X-Forwarded-For")) ?? peerAddress;

    private static string? FirstValue(string? header)
    {
        var first = header?.Split(',')[0].Trim();
        return string.IsNullOrEmpty(first) ? null : first;
    }
}
