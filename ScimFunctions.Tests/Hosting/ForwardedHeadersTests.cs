using ScimFunctions.Hosting;

namespace ScimFunctions.Tests.Hosting;

public sealed class ForwardedHeadersTests
{
    private static readonly Uri Internal = new("http://10.0.0.4:8080/scim/v2/Users");

    [Fact]
    public void ResolveBaseUri_NoForwardedHeaders_UsesRequestAuthority()
    {
        var uri = ForwardedHeaders.ResolveBaseUri(Internal, _ => null);

        Assert.Equal("http://10.0.0.4:8080/", uri.ToString());
    }

    [Fact]
    public void ResolveBaseUri_ForwardedHostAndProto_UsesPublicAddress()
    {
        var headers = new Dictionary<string, string>
        {
            ["X-Forwarded-Host"] = "scim.example.com, proxy.internal",
            ["X-Forwarded-Proto"] = "https",
        };

        var uri = ForwardedHeaders.ResolveBaseUri(Internal, name => headers.GetValueOrDefault(name));

        Assert.Equal("https://scim.example.com/", uri.ToString());
    }

    [Fact]
    public void ResolveBaseUri_UnknownProto_KeepsRequestScheme()
    {
        var uri = ForwardedHeaders.ResolveBaseUri(Internal, name => name == "X-Forwarded-Proto" ? "javascript" : null);

        Assert.Equal("http", uri.Scheme);
    }

    [Fact]
    public void ResolveClientAddress_ForwardedFor_TakesFirstHop()
    {
        var address = ForwardedHeaders.ResolveClientAddress("10.0.0.1", _ => "203.0.113.7, 10.0.0.9");

        Assert.Equal("203.0.113.7", address);
    }
}
