using System.Net;
using System.Text.RegularExpressions;
using ScimFunctions.Tests.Support;
using ScimFunctions.Visibility.Ui;

namespace ScimFunctions.Tests.Visibility;

public sealed partial class UiEndpointsTests : IDisposable
{
    private readonly ScimToolFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/scim/admin/ui", "text/html")]
    [InlineData("/scim/admin/ui/", "text/html")]
    [InlineData("/scim/admin/ui/app.js", "text/javascript")]
    [InlineData("/scim/admin/ui/app.css", "text/css")]
    public async Task Asset_WithoutCredential_IsServedWithSecurityHeaders(string url, string mediaType)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/scim/admin/ui/missing.js")]
    [InlineData("/scim/admin/ui/..%2F..%2Fappsettings.json")]
    public async Task Asset_NotEmbedded_IsNotFound(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Asset_SameETag_IsNotModified()
    {
        var client = _factory.CreateClient();
        var first = await client.GetAsync("/scim/admin/ui/app.js");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/scim/admin/ui/app.js");
        again.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());

        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public void EmbeddedAssets_ReferenceNothingOutsideTheApplication()
    {
        var assets = new UiAssets();

        var names = assets.Names.ToList();

        Assert.Contains("index.html", names);
        foreach (var name in names.Where(n => n.EndsWith(".html", StringComparison.Ordinal) || n.EndsWith(".js", StringComparison.Ordinal)
            || n.EndsWith(".css", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(assets.Find(name)!.Content);
            Assert.DoesNotMatch(ExternalReference(), text);
            foreach (Match import in ModuleImport().Matches(text))
            {
                Assert.Contains(import.Groups[1].Value.TrimStart('.', '/'), names);
            }
        }
    }

    [Fact]
    public async Task AdminApi_WithoutCredential_IsUnauthorized()
    {
        var response = await _factory.CreateClient().GetAsync("/scim/admin/activity");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // A URL with a host in src, href, url() or import: the page must work offline.
    [GeneratedRegex(@"(src=|href=|url\(|from\s+|import\s*\()\s*['""]?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"from\s+'([^']+)'")]
    private static partial Regex ModuleImport();
}
