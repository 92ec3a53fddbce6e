using System.Net;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Endpoints;

/// <summary>Paging values at and beyond the edges (RFC 7644 §3.4.2.4).</summary>
public sealed class ListPagingTests : IDisposable
{
    private readonly ScimToolFactory _factory = new();
    private readonly HttpClient _client;

    public ListPagingTests() => _client = _factory.CreateScimClient();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("startIndex=0", 1, 1)]
    [InlineData("startIndex=-1", 1, 1)]
    [InlineData("startIndex=99999999999999999999999", 2147483647, 0)]
    [InlineData("count=99999999999999999999999", 1, 1)]
    [InlineData("count=-99999999999999999999999", 1, 0)]
    [InlineData("count=-5", 1, 0)]
    public async Task List_EdgeValues_AreClampedNotRejected(string query, int startIndex, int items)
    {
        // Breaker: numbers past 64 bits were a 400 while smaller out-of-range ones were clamped.
        await _client.CreateUserAsync("one@example.com");

        var response = await _client.GetAsync($"/scim/v2/Users?{query}&aadOptscim062020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await response.BodyAsync();
        Assert.Equal(1, (int)list["totalResults"]!);
        Assert.Equal(startIndex, (int)list["startIndex"]!);
        Assert.Equal(items, list["Resources"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("count=abc")]
    [InlineData("count=1.5")]
    [InlineData("startIndex=1e3")]
    [InlineData("startIndex=--1")]
    public async Task List_NonNumbers_AreInvalidValue(string query)
    {
        var response = await _client.GetAsync($"/scim/v2/Users?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalidValue", (string?)(await response.BodyAsync())["scimType"]);
    }
}
