using System.Security.Claims;
using System.Text;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace ScimFunctions.Tests.Functions.Fakes;

/// <summary>An HTTP request as the Functions worker would hand it to an HTTP-triggered function.</summary>
internal sealed class FakeHttpRequestData : HttpRequestData
{
    public FakeHttpRequestData(FunctionContext context, string method, string url, string? body = null)
        : base(context)
    {
        Method = method;
        Url = new Uri(url);
        Body = new MemoryStream(body is null ? [] : Encoding.UTF8.GetBytes(body));
    }

    public override Stream Body { get; }

    public override HttpHeadersCollection Headers { get; } = new();

    public override IReadOnlyCollection<IHttpCookie> Cookies { get; } = [];

    public override Uri Url { get; }

    public override IEnumerable<ClaimsIdentity> Identities { get; } = [];

    public override string Method { get; }

    public override HttpResponseData CreateResponse() => new FakeHttpResponseData(FunctionContext);
}
