using System.Net;
using System.Net.Http.Headers;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Endpoints;

/// <summary>The self-host on a real Kestrel loopback port, where Kestrel's own limits apply.</summary>
public sealed class OversizedBodyOverHttpTests : IDisposable
{
    private readonly ScimToolFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Post_BodyPastKestrelsDefaultLimit_IsScimPayloadTooLarge()
    {
        // Breaker: past Kestrel's 30,000,000-byte default the host threw before the pipeline ran,
        // so the client got a bare 413 with no SCIM body.
        _factory.UseKestrel(0);
        _factory.StartServer();
        using var client = _factory.CreateScimClient();
        var content = new ByteArrayContent(new byte[31_000_000]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/scim+json");

        var response = await client.PostAsync("/scim/v2/Users", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("413", (string?)(await response.BodyAsync())["status"]);
    }
}
