using System.Net;
using ScimFunctions.Functions;
using ScimFunctions.Hosting;
using ScimFunctions.Tests.Functions.Fakes;

namespace ScimFunctions.Tests.Functions;

public sealed class HttpRequestDataAdapterTests : IDisposable
{
    private readonly FunctionsTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ToAppRequestAsync_EncodedPathAndRepeatedHeader_DecodesPathAndJoinsValues()
    {
        var request = _host.Request("patch", "https://scim.example.net/scim/v2/Users/a%20b?x=1");
        request.Headers.Add("X-Trace", ["one", "two"]);

        var app = await HttpRequestDataAdapter.ToAppRequestAsync(request, 1024, CancellationToken.None);

        Assert.Equal("PATCH", app.Method);
        Assert.Equal("/scim/v2/Users/a b", app.Path);
        Assert.Equal("x=1", app.QueryString);
        Assert.Equal("one,two", app.Header("x-trace"));
        Assert.Equal(new Uri("https://scim.example.net/"), app.BaseUri);
        Assert.False(app.BodyTooLarge);
    }

    [Fact]
    public async Task ToAppRequestAsync_ForwardedHostWithoutProto_KeepsRequestScheme()
    {
        var request = _host.Request("GET", "https://internal.example.net/scim/v2/Users");
        request.Headers.Add("X-Forwarded-Host", "scim.contoso.com:8443");

        var app = await HttpRequestDataAdapter.ToAppRequestAsync(request, 1024, CancellationToken.None);

        Assert.Equal(new Uri("https://scim.contoso.com:8443/"), app.BaseUri);
    }

    [Fact]
    public async Task ToAppRequestAsync_BodyOverCap_MarksTooLargeAndDropsBody()
    {
        var request = _host.Request("POST", "https://scim.example.net/scim/v2/Users", new string('x', 100));

        var app = await HttpRequestDataAdapter.ToAppRequestAsync(request, 10, CancellationToken.None);

        Assert.True(app.BodyTooLarge);
        Assert.Empty(app.Body);
    }

    [Fact]
    public async Task ToResponseDataAsync_FullResponse_CopiesStatusHeadersContentTypeAndBody()
    {
        var request = _host.Request("GET", "https://scim.example.net/scim/v2/Users/1");
        var app = AppResponse.Text(200, "{\"id\":\"1\"}", "application/scim+json; charset=utf-8")
            .WithHeader("ETag", "W/\"3\"");

        var response = (FakeHttpResponseData)await HttpRequestDataAdapter.ToResponseDataAsync(
            request, app, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("W/\"3\"", response.Header("ETag"));
        Assert.Equal("application/scim+json; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal("{\"id\":\"1\"}", response.BodyText());
    }

    [Fact]
    public async Task ToResponseDataAsync_StreamedBody_WritesItToTheResponse()
    {
        var request = _host.Request("GET", "https://scim.example.net/scim/v2/Groups/1");
        var app = new AppResponse(
            200,
            async (stream, cancellation) =>
            {
                await stream.WriteAsync("{\"id\":"u8.ToArray(), cancellation);
                await stream.WriteAsync("\"1\"}"u8.ToArray(), cancellation);
            },
            "application/scim+json; charset=utf-8");

        var response = (FakeHttpResponseData)await HttpRequestDataAdapter.ToResponseDataAsync(
            request, app, CancellationToken.None);

        Assert.Equal("application/scim+json; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal("{\"id\":\"1\"}", response.BodyText());
    }

    [Fact]
    public async Task ToResponseDataAsync_NoContent_WritesNoBodyAndNoContentType()
    {
        var request = _host.Request("DELETE", "https://scim.example.net/scim/v2/Users/1");

        var response = (FakeHttpResponseData)await HttpRequestDataAdapter.ToResponseDataAsync(
            request, AppResponse.NoContent(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(response.Header("Content-Type"));
        Assert.Equal(string.Empty, response.BodyText());
    }
}
