using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Endpoints;

/// <summary>
/// Bodies that are not the UTF-8 JSON object the service needs: each is a SCIM 400 naming the
/// fault, never a 500, and nothing is stored.
/// </summary>
public sealed class MalformedBodyTests : IDisposable
{
    private readonly ScimToolFactory _factory = new();
    private readonly HttpClient _client;

    public MalformedBodyTests() => _client = _factory.CreateScimClient();

    public void Dispose() => _factory.Dispose();

    private static ByteArrayContent Bytes(byte[] body, string contentType = "application/scim+json; charset=utf-8")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private async Task<int> UserCountAsync() =>
        (int)(await (await _client.GetAsync("/scim/v2/Users?count=0")).BodyAsync())["totalResults"]!;

    [Theory]
    [InlineData("""{"userName":"a\ud800b"}""")]
    [InlineData("""{"userName":"a\udc00"}""")]
    [InlineData("""{"userName":"ok","urn:example:ext":{"note":"lone \ud83d"}}""")]
    [InlineData("""{"userName":"ok","emails":[{"value":"x\ud800@example.com"}]}""")]
    [InlineData("""{"userName":"ok","lone\ud800key":"x"}""")]
    public async Task Post_LoneSurrogateEscape_IsInvalidSyntaxAndNothingStored(string body)
    {
        // Breaker: a \u escape of half a surrogate pair is valid JSON grammar but no text.
        var response = await _client.PostAsync("/scim/v2/Users", Bytes(Encoding.ASCII.GetBytes(body)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalidSyntax", (string?)(await response.BodyAsync())["scimType"]);
        Assert.Equal(0, await UserCountAsync());
    }

    [Fact]
    public async Task Post_InvalidUtf8Bytes_IsInvalidSyntaxAndNothingStored()
    {
        // Breaker: bytes 0xFF 0xFE inside a string are not UTF-8 (RFC 8259 §8.1).
        byte[] body = [.. Encoding.ASCII.GetBytes("{\"userName\":\"bad"), 0xFF, 0xFE, .. Encoding.ASCII.GetBytes("\"}")];

        var response = await _client.PostAsync("/scim/v2/Users", Bytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalidSyntax", (string?)(await response.BodyAsync())["scimType"]);
        Assert.Equal(0, await UserCountAsync());
    }

    [Fact]
    public async Task Patch_LoneSurrogateInValue_IsInvalidSyntaxAndUserUnchanged()
    {
        // Breaker: the same fault in a PATCH value must leave the stored user as it was.
        var id = await _client.CreateUserAsync("one@example.com");
        var body = """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","path":"displayName","value":"x\udfff"}]}
            """;

        var response = await _client.PatchAsync($"/scim/v2/Users/{id}", Bytes(Encoding.ASCII.GetBytes(body)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var user = await (await _client.GetAsync($"/scim/v2/Users/{id}")).BodyAsync();
        Assert.Null(user["displayName"]);
        Assert.Equal("W/\"1\"", (string?)user["meta"]!["version"]);
    }

    [Theory]
    [InlineData("""{"userName":"first@example.com","userName":"second@example.com"}""")]
    [InlineData("""{"userName":"first@example.com","USERNAME":"second@example.com"}""")]
    [InlineData("""{"userName":"ok","name":{"givenName":"A","givenname":"B"}}""")]
    public async Task Post_AttributeNamedTwice_IsInvalidSyntaxNamingIt(string body)
    {
        // Breaker: which of two values wins is undefined (RFC 8259 §4), and SCIM names ignore case.
        var response = await _client.PostAsync("/scim/v2/Users", Bytes(Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.BodyAsync();
        Assert.Equal("invalidSyntax", (string?)error["scimType"]);
        Assert.Contains("more than once", (string?)error["detail"], StringComparison.Ordinal);
        Assert.Equal(0, await UserCountAsync());
    }

    [Fact]
    public async Task Post_Utf8ByteOrderMark_IsAccepted()
    {
        // Breaker: Windows PowerShell 5.1 writes a BOM; RFC 8259 §8.1 lets a parser ignore it.
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"userName":"bom@example.com"}""")];

        var response = await _client.PostAsync("/scim/v2/Users", Bytes(body));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("bom@example.com", (string?)(await response.BodyAsync())["userName"]);
    }

    [Fact]
    public async Task Post_Latin1BodyLabelledAsSuch_IsUnsupportedMediaTypeAndNothingStored()
    {
        // Breaker: JSON between systems is UTF-8 (RFC 8259 §8.1); another charset is refused
        // up front instead of being misread as UTF-8.
        var body = Encoding.Latin1.GetBytes("""{"userName":"josé@example.com"}""");

        var response = await _client.PostAsync("/scim/v2/Users", Bytes(body, "application/json; charset=iso-8859-1"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("UTF-8", (string?)(await response.BodyAsync())["detail"], StringComparison.Ordinal);
        Assert.Equal(0, await UserCountAsync());
    }
}
