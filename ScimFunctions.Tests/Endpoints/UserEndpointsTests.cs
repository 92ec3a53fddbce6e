using System.Net;
using System.Text.Json.Nodes;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Endpoints;

public sealed class UserEndpointsTests : IDisposable
{
    private readonly ScimToolFactory _factory = new();
    private readonly HttpClient _client;

    public UserEndpointsTests() => _client = _factory.CreateScimClient();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/scim/v2/Users?filter=userName+eq+%227d420df3-0000-0000-0000-000000000001%22")]
    [InlineData("/scim/v2/Users?filter=userName eq \"non-existent user\"")]
    [InlineData("/scim/v2/Groups?excludedAttributes=members&filter=displayName+eq+%22No+Such+Group%22")]
    public async Task List_FilterMatchingNobody_IsEmptyListResponse(string url)
    {
        // E-01, E-02, E-07, B-20, B-42: no Content-Type on the GET, and never a 404
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
        var expected = JsonNode.Parse("""
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,
             "itemsPerPage":0,"startIndex":1,"Resources":[]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, await response.BodyAsync()));
    }

    [Fact]
    public async Task Get_UnknownId_IsNotFoundError()
    {
        // E-11
        var response = await _client.GetAsync("/scim/v2/Users/u-9999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal("404", (string?)body["status"]);
    }

    [Theory]
    [InlineData("/scim/v2/Users/?filter=nosuchattribute+eq+%22x%22")]
    [InlineData("/scim/v2/Users?filter=userName+xx+%22x%22")]
    [InlineData("/scim/v2/Users?filter=active+gt+true")]
    public async Task List_UnsupportedFilter_IsInvalidFilter(string url)
    {
        // B-40, B-21: with and without the trailing slash
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalidFilter", (string?)(await response.BodyAsync())["scimType"]);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public async Task Post_BodyNotAJsonObject_IsInvalidSyntax(string body)
    {
        var response = await _client.PostAsync("/scim/v2/Users", ScimClient.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalidSyntax", (string?)(await response.BodyAsync())["scimType"]);
    }

    [Theory]
    [InlineData("application/scim+json")]
    [InlineData("application/json")]
    public async Task Post_EntraCreateUser_IsCreatedWithMetaAndLocation(string mediaType)
    {
        // E-13, B-26
        var request = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "externalId":"00000000-0000-0000-0000-000000000011","userName":"user.one@example.com","active":true,
             "emails":[{"primary":true,"type":"work","value":"user.one@example.com"}],"meta":{"resourceType":"User"},
             "name":{"formatted":"Given Family","familyName":"Family","givenName":"Given"},"roles":[]}
            """;

        var response = await _client.PostAsync("/scim/v2/Users", ScimClient.Json(request, mediaType));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.BodyAsync();
        var id = (string)body["id"]!;
        var meta = body["meta"]!.AsObject();
        Assert.Equal($"http://localhost/scim/v2/Users/{id}", response.Headers.Location?.AbsoluteUri);
        Assert.Equal($"http://localhost/scim/v2/Users/{id}", (string?)meta["location"]);
        Assert.Equal("User", (string?)meta["resourceType"]);
        Assert.Equal("W/\"1\"", (string?)meta["version"]);
        Assert.Equal("W/\"1\"", response.Headers.ETag?.ToString());
        Assert.Equal("00000000-0000-0000-0000-000000000011", (string?)body["externalId"]);
        Assert.Equal("Family", (string?)body["name"]!["familyName"]);
        Assert.True((bool)body["active"]!);
    }

    [Fact]
    public async Task Post_UserNameInOtherCase_IsUniquenessConflict()
    {
        // E-17, B-23
        await _client.CreateUserAsync("user.one@example.com");

        var response = await _client.PostAsync("/scim/v2/Users", new JsonObject { ["userName"] = "USER.One@example.com" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal("409", (string?)body["status"]);
        Assert.Equal("uniqueness", (string?)body["scimType"]);
    }

    [Fact]
    public async Task Filter_UserNameExternalIdAndDisplayNameCase_FindTheSameUser()
    {
        // E-06, E-08, B-21, B-34, B-40: a deactivated user stays visible to the filter
        var id = await _client.CreateUserAsync("user.one@example.com", externalId: "user.one");
        await _client.PatchAsync($"/scim/v2/Users/{id}", ScimClient.Op("Replace", "active", "False"));
        await _client.PatchAsync($"/scim/v2/Users/{id}", ScimClient.Op("Replace", "displayName", "Some Name"));

        foreach (var filter in new[]
        {
            "userName+eq+%22USER.ONE%40EXAMPLE.COM%22", "externalId eq \"user.one\"", "externalId eq user.one",
            "DisplayName+eq+%22Some+Name%22", "active eq false",
        })
        {
            var body = await (await _client.GetAsync($"/scim/v2/Users/?filter={filter}")).BodyAsync();

            Assert.Equal(1, (int)body["totalResults"]!);
            Assert.Equal(id, (string?)body["Resources"]![0]!["id"]);
            Assert.False((bool)body["Resources"]![0]!["active"]!);
        }
    }

    [Fact]
    public async Task Filter_WorkEmailValuePath_IsEvaluatedInTheQuery()
    {
        // E-09
        await _client.PostAsync("/scim/v2/Users", JsonNode.Parse("""
            {"userName":"a@example.com","emails":[{"type":"work","value":"a@example.com"}]}
            """)!);
        await _client.CreateUserAsync("b@example.com");

        var body = await (await _client.GetAsync(
            "/scim/v2/Users?filter=emails[type eq \"work\"].value eq \"A@example.com\"")).BodyAsync();

        Assert.Equal(1, (int)body["totalResults"]!);
    }

    [Fact]
    public async Task Filter_IdAndManagerWithAttributesId_ReturnsOnlyId()
    {
        // E-12
        var manager = await _client.CreateUserAsync("boss@example.com");
        var id = await _client.CreateUserAsync("user.one@example.com");
        await _client.PatchAsync(
            $"/scim/v2/Users/{id}",
            ScimClient.Op("add", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager", manager));

        var body = await (await _client.GetAsync(
            $"/scim/v2/Users?filter=id eq \"{id}\" and manager eq \"{manager}\"&attributes=id")).BodyAsync();

        Assert.Equal(1, (int)body["totalResults"]!);
        var resource = body["Resources"]![0]!.AsObject();
        Assert.Equal(id, (string?)resource["id"]);
        Assert.Null(resource["userName"]);
    }

    [Fact]
    public async Task Paging_StartIndexAndCount_TotalCountsAll()
    {
        // E-45, B-32, B-33
        for (var i = 0; i < 5; i++)
        {
            await _client.CreateUserAsync($"user{i}@example.com");
        }

        var all = await (await _client.GetAsync("/scim/v2/Users")).BodyAsync();
        var page = await (await _client.GetAsync("/scim/v2/Users?startIndex=4&count=2")).BodyAsync();
        var countOnly = await (await _client.GetAsync("/scim/v2/Users?count=0")).BodyAsync();
        var negative = await (await _client.GetAsync("/scim/v2/Users?startIndex=-3&count=-1")).BodyAsync();

        Assert.Equal(5, (int)all["totalResults"]!);
        Assert.Equal(5, all["Resources"]!.AsArray().Count);
        Assert.Equal(5, (int)page["totalResults"]!);
        Assert.Equal(4, (int)page["startIndex"]!);
        Assert.Equal(["user3@example.com", "user4@example.com"], page["Resources"]!.AsArray().Select(r => (string?)r!["userName"]));
        Assert.Empty(countOnly["Resources"]!.AsArray());
        Assert.Equal(5, (int)countOnly["totalResults"]!);
        Assert.Equal(1, (int)negative["startIndex"]!);
        Assert.Empty(negative["Resources"]!.AsArray());
    }

    [Fact]
    public async Task Patch_EntraUserUpdate_AnswersOkWithResource()
    {
        // E-19, E-21, E-24, E-25, V-5
        var id = await _client.CreateUserAsync("user.one@example.com");

        var response = await _client.PatchAsync(
            $"/scim/v2/Users/{id}",
            ScimClient.Op("Replace", "emails[type eq \"work\"].value", "user.one.new@example.com"),
            ScimClient.Op("Replace", "name.familyName", "NewFamily"),
            ScimClient.Op("Replace", "active", "False"),
            ScimClient.Op("Add", "nickName", "Nick"),
            ScimClient.Op("Replace", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "E-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal("user.one.new@example.com", (string?)body["emails"]![0]!["value"]);
        Assert.Equal("NewFamily", (string?)body["name"]!["familyName"]);
        Assert.False((bool)body["active"]!);
        Assert.Equal("Nick", (string?)body["nickName"]);
        Assert.Equal("E-1", (string?)body["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]!["employeeNumber"]);
        Assert.Equal("W/\"2\"", (string?)body["meta"]!["version"]);
    }

    [Fact]
    public async Task Patch_RenameToTakenUserName_IsConflict()
    {
        // E-20
        await _client.CreateUserAsync("taken@example.com");
        var id = await _client.CreateUserAsync("user.one@example.com");

        var response = await _client.PatchAsync($"/scim/v2/Users/{id}", ScimClient.Op("Replace", "userName", "Taken@example.com"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Patch_StaleIfMatch_IsPreconditionFailed()
    {
        var id = await _client.CreateUserAsync("user.one@example.com");
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/scim/v2/Users/{id}")
        {
            Content = ScimClient.Json(
                $$"""{"schemas":["{{ScimClient.PatchOp}}"],"Operations":[{"op":"add","path":"nickName","value":"x"}]}"""),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "W/\"5\"");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    [Fact]
    public async Task Put_ReplacesTheUser()
    {
        var id = await _client.CreateUserAsync("user.one@example.com");

        var response = await _client.PutAsync($"/scim/v2/Users/{id}", ScimClient.Json("""{"userName":"renamed@example.com"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal("renamed@example.com", (string?)body["userName"]);
        Assert.Null(body["active"]);
    }

    [Fact]
    public async Task Delete_Then_GetIsNotFoundAndFilterEmpty()
    {
        // E-35
        var id = await _client.CreateUserAsync("user.one@example.com");

        var deleted = await _client.DeleteAsync($"/scim/v2/Users/{id}");
        var again = await _client.DeleteAsync($"/scim/v2/Users/{id}");
        var get = await _client.GetAsync($"/scim/v2/Users/{id}");
        var list = await (await _client.GetAsync("/scim/v2/Users?filter=userName eq \"user.one@example.com\"")).BodyAsync();

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(0, (int)list["totalResults"]!);
    }

    [Theory]
    [InlineData("""{"userName":"r1@example.com","roles":[{"primary":true,"type":"WindowsAzureActiveDirectoryRole","value":"Admin"}]}""")]
    [InlineData("""
        {"userName":"r2@example.com","roles":[{"primary":false,"display":"A","value":"A"},
        {"primary":false,"displayName":"B","value":"B"}]}
        """)]
    public async Task Post_WithRoles_IsCreated(string body)
    {
        // E-15, E-16
        var response = await _client.PostAsync("/scim/v2/Users", ScimClient.Json(body));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotEmpty((await response.BodyAsync())["roles"]!.AsArray());
    }

    [Fact]
    public async Task Search_PostDotSearch_FiltersLikeGet()
    {
        await _client.CreateUserAsync("user.one@example.com");

        var response = await _client.PostAsync("/scim/v2/Users/.search", ScimClient.Json(
            """{"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"filter":"userName sw \"user\"","count":10}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (int)(await response.BodyAsync())["totalResults"]!);
    }
}
