using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Hosting;

public sealed class PipelineTests : IDisposable
{
    private readonly ScimToolFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Health_WithoutToken_AnswersOk()
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync("/scim/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ok", (string?)body["status"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token")]
    [InlineData("Basic dGVzdC1zY2ltLXRva2Vu")]
    [InlineData("Bearer test-admin-secret")]
    public async Task ScimPath_WithoutValidToken_IsUnauthorizedScimError(string? authorization)
    {
        var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/scim/v2/Users");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("401", (string?)body["status"]);
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", (string?)body["schemas"]![0]);
    }

    [Fact]
    public async Task UnknownScimPath_WithToken_IsNotFoundScimError()
    {
        var client = _factory.CreateScimClient();

        var response = await client.GetAsync("/scim/v2/NoSuchThing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("404", (string?)body["status"]);
    }

    [Fact]
    public async Task SecondRotatedToken_IsAccepted()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScimToolFactory.SecondScimToken);

        var response = await client.GetAsync("/scim/v2/NoSuchThing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WrongMethod_IsMethodNotAllowedWithAllowHeader()
    {
        var client = _factory.CreateClient();

        var response = await client.PostAsync("/scim/health", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OversizedBody_IsPayloadTooLarge()
    {
        using var factory = new ScimToolFactory(new Dictionary<string, string?> { ["SCIM_MAX_BODY_BYTES"] = "1024" });
        var client = factory.CreateScimClient();
        using var content = new StringContent(new string('x', 4096), System.Text.Encoding.UTF8, "application/scim+json");

        var response = await client.PostAsync("/scim/v2/Users", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("413", (string?)body["status"]);
    }

    [Fact]
    public async Task XmlBody_IsUnsupportedMediaType()
    {
        var client = _factory.CreateScimClient();
        using var content = new StringContent("<user/>", System.Text.Encoding.UTF8, "text/xml");

        var response = await client.PostAsync("/scim/v2/Users", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
    }
}
