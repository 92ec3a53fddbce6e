using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Hosting.Pipeline;

namespace ScimFunctions.SelfHost;

/// <summary>Translates ASP.NET Core's request to the application's and back; nothing more.</summary>
public static class AspNetCoreAdapter
{
    public static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var pipeline = services.GetRequiredService<AppPipeline>();
        var options = services.GetRequiredService<IOptions<ScimToolOptions>>().Value;
        var cancellation = http.RequestAborted;

        var request = await ToAppRequestAsync(http, options.MaxBodyBytes, cancellation);
        var response = await pipeline.HandleAsync(request, cancellation);
        await WriteAsync(http, response, cancellation);
    }

    private static async Task<AppRequest> ToAppRequestAsync(HttpContext http, long maxBodyBytes, CancellationToken cancellation)
    {
        var headers = http.Request.Headers.ToDictionary(
            header => header.Key,
            header => header.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);
        string? Header(string name) => headers.TryGetValue(name, out var value) ? value : null;

        // BodyReader enforces SCIM_MAX_BODY_BYTES and answers a SCIM 413; Kestrel's own default
        // limit would otherwise throw first, outside the pipeline, as a bare 413 with no body.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var requestUri = new Uri($"{http.Request.Scheme}://{http.Request.Host}");
        var (body, tooLarge) = await BodyReader.ReadAsync(http.Request.Body, maxBodyBytes, cancellation);
        return new AppRequest(
            http.Request.Method,
            http.Request.Path.Value ?? "/",
            http.Request.QueryString.Value?.TrimStart('?') ?? string.Empty,
            headers,
            body,
            ForwardedHeaders.ResolveBaseUri(requestUri, Header),
            ForwardedHeaders.ResolveClientAddress(http.Connection.RemoteIpAddress?.ToString(), Header))
        {
            BodyTooLarge = tooLarge,
        };
    }

    private static async Task WriteAsync(HttpContext http, AppResponse response, CancellationToken cancellation)
    {
        http.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers[name] = value;
        }

        if (response.ContentType is not null)
        {
            http.Response.ContentType = response.ContentType;
        }

        if (response.BodyWriter is not null)
        {
            // No Content-Length: a streamed body's size is known only once it is written.
            await response.WriteBodyAsync(http.Response.Body, cancellation);
        }
        else if (response.Body.Length > 0)
        {
            http.Response.ContentLength = response.Body.Length;
            await http.Response.Body.WriteAsync(response.Body, cancellation);
        }
    }
}
