using System.Net;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Endpoints;

/// <summary>POST <c>.search</c> bodies whose members have the wrong JSON type (RFC 7644 §3.4.3).</summary>
public sealed class SearchRequestTests : IDisposable
{
    private readonly ScimToolFactory _factory = new();
    private readonly HttpClient _client;

    public SearchRequestTests() => _client = _factory.CreateScimClient();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("""{"filter":["userName eq \"nobody\""]}""")]
    [InlineData("""{"filter":{"userName":"nobody"}}""")]
    public async Task Search_FilterNotAString_IsInvalidFilterNotAnUnfilteredList(string body)
    {
        // Breaker, B-21: a filter that is ignored answers with every user, and Entra would match
        // the wrong one; it must be refused like any filter the service cannot evaluate.
        await _client.CreateUserAsync("one@example.com");

        var response = await _client.PostAsync("/scim/v2/Users/.search", ScimClient.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalidFilter", (string?)(await response.BodyAsync())["scimType"]);
    }

    [Theory]
    [InlineData("""{"startIndex":{"value":2}}""", "startIndex")]
    [InlineData("""{"count":[10]}""", "count")]
    [InlineData("""{"sortBy":["userName"]}""", "sortBy")]
    [InlineData("""{"attributes":[1,"userName"]}""", "attributes")]
    [InlineData("""{"excludedAttributes":{"name":true}}""", "excludedAttributes")]
    public async Task Search_ParameterOfWrongJsonType_IsInvalidValueNamingIt(string body, string name)
    {
        // Breaker: these were silently dropped, so the client got a page it did not ask for.
        var response = await _client.PostAsync("/scim/v2/Users/.search", ScimClient.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.BodyAsync();
        Assert.Equal("invalidValue", (string?)error["scimType"]);
        Assert.Contains($"'{name}'", (string?)error["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NumbersAsStringsAndNulls_AreAccepted()
    {
        await _client.CreateUserAsync("one@example.com");
        await _client.CreateUserAsync("two@example.com");

        var response = await _client.PostAsync("/scim/v2/Users/.search", ScimClient.Json(
            """{"filter":null,"startIndex":"2","count":1,"attributes":["userName"],"sortBy":null}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await response.BodyAsync();
        Assert.Equal(2, (int)list["totalResults"]!);
        Assert.Single(list["Resources"]!.AsArray());
    }
}
