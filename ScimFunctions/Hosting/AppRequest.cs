namespace ScimFunctions.Hosting;

/// <summary>
/// An HTTP request as the application sees it, whichever host received it. Hosts translate their
/// own request type into this one and never pass theirs further in.
/// </summary>
public sealed class AppRequest
{
    public AppRequest(
        string method,
        string path,
        string queryString,
        IReadOnlyDictionary<string, string> headers,
        byte[] body,
        Uri baseUri,
        string? remoteAddress)
    {
        Method = method.ToUpperInvariant();
        Path = path;
        QueryString = queryString;
        Headers = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
        Body = body;
        BaseUri = baseUri;
        RemoteAddress = remoteAddress;
        Query = QueryParameters.Parse(queryString);
    }

    /// <summary>Upper-case HTTP method.</summary>
    public string Method { get; }

    /// <summary>The decoded path, starting with a slash, without the query.</summary>
    public string Path { get; }

    /// <summary>The raw query string without the leading question mark.</summary>
    public string QueryString { get; }

    /// <summary>Query parameters, names compared without regard to case.</summary>
    public QueryParameters Query { get; }

    /// <summary>Headers, names compared without regard to case; repeated headers joined by commas.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The request body, already read and capped by the host.</summary>
    public byte[] Body { get; }

    /// <summary>
    /// Scheme, host and port the client used, honouring <c>X-Forwarded-Host</c> and
    /// <c>X-Forwarded-Proto</c>, so that <c>meta.location</c> is absolute and reachable.
    /// </summary>
    public Uri BaseUri { get; }

    /// <summary>The client's address as the host saw it, if known.</summary>
    public string? RemoteAddress { get; }

    /// <summary>True when the host stopped reading a body larger than the configured cap.</summary>
    public bool BodyTooLarge { get; init; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
