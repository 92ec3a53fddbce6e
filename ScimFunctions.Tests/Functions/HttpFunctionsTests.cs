using System.Net;
using System.Text.Json.Nodes;
using ScimFunctions.Tests.Functions.Fakes;

namespace ScimFunctions.Tests.Functions;

/// <summary>
/// Requests through the Functions entry points, with the worker's HTTP types faked: what the
/// Functions host would receive back must be what the shared pipeline produced.
/// </summary>
public sealed class HttpFunctionsTests : IDisposable
{
    private readonly FunctionsTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ScimHealth_AnonymousGet_ReturnsPipelineJson()
    {
        var request = _host.Request("GET", "https://scim.example.net/scim/health", token: null);

        var response = (FakeHttpResponseData)await _host.Functions.ScimHealth(request, request.FunctionContext);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal("ok", (string?)JsonNode.Parse(response.BodyText())!["status"]);
    }

    [Fact]
    public async Task ScimApi_WithoutToken_ReturnsScimErrorWithChallenge()
    {
        var request = _host.Request("GET", "https://scim.example.net/scim/v2/Users", token: null);

        var response = (FakeHttpResponseData)await _host.Functions.ScimApi(request, request.FunctionContext);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/scim+json; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal("Bearer", response.Header("WWW-Authenticate"));
        var body = JsonNode.Parse(response.BodyText())!;
        Assert.Equal("401", (string?)body["status"]);
    }

    [Fact]
    public async Task ScimAdmin_ScimTokenOnAdminPath_IsRefused()
    {
        var request = _host.Request("GET", "https://scim.example.net/scim/admin/anything");

        var response = (FakeHttpResponseData)await _host.Functions.ScimAdmin(request, request.FunctionContext);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ScimApi_PostWithBody_ReachesPipelineAndReturnsStatusHeadersAndBody()
    {
        var request = _host.Request(
            "POST", "https://scim.example.net/scim/v2/Echo?attributes=userName", "{\"userName\":\"a\"}");
        request.Headers.Add("Content-Type", "application/scim+json");
        request.Headers.Add("Accept", "application/scim+json");

        var response = (FakeHttpResponseData)await _host.Functions.ScimApi(request, request.FunctionContext);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/scim+json; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal("W/\"1\"", response.Header("ETag"));
        Assert.Equal("https://scim.example.net/scim/v2/Echo/1", response.Header("Location"));
        var echo = JsonNode.Parse(response.BodyText())!;
        Assert.Equal("POST", (string?)echo["method"]);
        Assert.Equal("/scim/v2/Echo", (string?)echo["path"]);
        Assert.Equal("attributes=userName", (string?)echo["query"]);
        Assert.Equal("application/scim+json", (string?)echo["accept"]);
        Assert.Equal("{\"userName\":\"a\"}", (string?)echo["body"]);
    }

    [Fact]
    public async Task ScimApi_BehindProxy_LocationUsesForwardedHostAndProto()
    {
        var request = _host.Request("GET", "http://10.0.0.4:8080/scim/v2/Echo");
        request.Headers.Add("X-Forwarded-Host", "scim.contoso.com");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7, 10.0.0.1");

        var response = (FakeHttpResponseData)await _host.Functions.ScimApi(request, request.FunctionContext);

        Assert.Equal("https://scim.contoso.com/scim/v2/Echo/1", response.Header("Location"));
        var echo = JsonNode.Parse(response.BodyText())!;
        Assert.Equal("https://scim.contoso.com/", (string?)echo["baseUri"]);
        Assert.Equal("203.0.113.7", (string?)echo["remoteAddress"]);
    }

    [Fact]
    public async Task ScimApi_WithoutForwardedHeaders_LocationUsesRequestHostAndPort()
    {
        var request = _host.Request("GET", "http://localhost:7071/scim/v2/Echo");

        var response = (FakeHttpResponseData)await _host.Functions.ScimApi(request, request.FunctionContext);

        Assert.Equal("http://localhost:7071/scim/v2/Echo/1", response.Header("Location"));
    }

    [Fact]
    public async Task ScimApi_BodyOverCap_Returns413WithoutParsing()
    {
        using var host = new FunctionsTestHost(maxBodyBytes: 64);
        var request = host.Request("POST", "https://scim.example.net/scim/v2/Echo", new string('x', 200));

        var response = (FakeHttpResponseData)await host.Functions.ScimApi(request, request.FunctionContext);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("413", (string?)JsonNode.Parse(response.BodyText())!["status"]);
    }
}
