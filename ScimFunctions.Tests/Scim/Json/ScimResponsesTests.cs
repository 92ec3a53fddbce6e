using System.Text;
using System.Text.Json.Nodes;
using ScimFunctions.Scim.Json;

namespace ScimFunctions.Tests.Scim.Json;

public sealed class ScimResponsesTests
{
    [Fact]
    public void Json_AnyBody_WritesScimContentTypeAndStatus()
    {
        var body = new JsonObject { ["id"] = "u-1001" };

        var response = ScimResponses.Json(201, body);

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("application/scim+json; charset=utf-8", response.ContentType);
        Assert.Equal("{\"id\":\"u-1001\"}", Encoding.UTF8.GetString(response.Body));
    }

    [Fact]
    public void ListResponse_EmptyPage_IsTheShapeEntraExpects()
    {
        // E-01: Test Connection expects a 200 ListResponse with zero results, never a 404.

        var response = ScimResponses.ListResponse([], totalResults: 0);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],"
            + "\"totalResults\":0,\"itemsPerPage\":0,\"startIndex\":1,\"Resources\":[]}",
            Encoding.UTF8.GetString(response.Body));
    }

    [Fact]
    public void ListResponseBody_PageOfTotal_CountsPageAndTotalSeparately()
    {
        var owned = new JsonObject { ["item"] = new JsonObject { ["id"] = "g-2001" } };
        JsonNode[] resources = [new JsonObject { ["id"] = "u-1001" }, owned["item"]!];

        var body = ScimResponses.ListResponseBody(resources, totalResults: 150, startIndex: 101);

        Assert.Equal(150, (int)body["totalResults"]!);
        Assert.Equal(2, (int)body["itemsPerPage"]!);
        Assert.Equal(101, (int)body["startIndex"]!);
        Assert.Equal("g-2001", (string?)body["Resources"]![1]!["id"]);
        Assert.NotNull(owned["item"]);
    }
}
