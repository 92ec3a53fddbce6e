using System.Net;
using Microsoft.Azure.Functions.Worker.Http;
using ScimFunctions.Hosting;

namespace ScimFunctions.Functions;

/// <summary>Translates the Functions worker's HTTP types to the application's and back.</summary>
public static class HttpRequestDataAdapter
{
    public static async Task<AppRequest> ToAppRequestAsync(
        HttpRequestData request, long maxBodyBytes, CancellationToken cancellation)
    {
        var headers = request.Headers.ToDictionary(
            header => header.Key,
            header => string.Join(",", header.Value),
            StringComparer.OrdinalIgnoreCase);
        string? Header(string name) => headers.TryGetValue(name, out var value) ? value : null;

        var (body, tooLarge) = await BodyReader.ReadAsync(request.Body, maxBodyBytes, cancellation);
        return new AppRequest(
            request.Method,
            Uri.UnescapeDataString(request.Url.AbsolutePath),
            request.Url.Query.TrimStart('?'),
            headers,
            body,
            ForwardedHeaders.ResolveBaseUri(request.Url, Header),
            ForwardedHeaders.ResolveClientAddress(null, Header))
        {
            BodyTooLarge = tooLarge,
        };
    }

    public static async Task<HttpResponseData> ToResponseDataAsync(
        HttpRequestData request, AppResponse response, CancellationToken cancellation)
    {
        var result = request.CreateResponse((HttpStatusCode)response.StatusCode);
        foreach (var (name, value) in response.Headers)
        {
            result.Headers.TryAddWithoutValidation(name, value);
        }

        if (response.ContentType is not null)
        {
            result.Headers.TryAddWithoutValidation("Content-Type", response.ContentType);
        }

        if (response.BodyWriter is not null || response.Body.Length > 0)
        {
            await response.WriteBodyAsync(result.Body, cancellation);
        }

        return result;
    }
}
