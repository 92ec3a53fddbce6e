using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Visibility;

public sealed class AdminApiTests : IDisposable
{
    private readonly ScimToolFactory _root = new();
    private readonly WebApplicationFactory<SelfHost.Program> _factory;

    public AdminApiTests() =>
        _factory = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton<IEndpointGroup, ProbeEndpoints>()));

    public void Dispose()
    {
        _factory.Dispose();
        _root.Dispose();
    }

    [Fact]
    public async Task Logs_RejectedAndUnknownRequests_AreRecorded()
    {
        await Client(null).GetAsync("/scim/v2/Users");
        await Client(ScimToolFactory.ScimToken).GetAsync("/scim/v2/NoSuchThing");

        var logs = await GetJson("/scim/admin/logs");

        Assert.Equal(2, (int)logs["total"]!);
        Assert.Equal([404, 401], logs["items"]!.AsArray().Select(i => (int)i!["status"]!));
    }

    [Fact]
    public async Task Logs_ScimToken_CannotReadThem()
    {
        var response = await Client(ScimToolFactory.ScimToken).GetAsync("/scim/admin/logs");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task LogDetail_HasRedactedHeadersAndBodies()
    {
        await PostProbe("User", """{"userName":"alice@contoso.com","password":"Pa55word!secret"}""");
        var id = (long)(await GetJson("/scim/admin/logs"))["items"]![0]!["id"]!;

        var detail = await GetJson($"/scim/admin/logs/{id}");

        Assert.Equal("Bearer [redacted]", (string?)detail["requestHeaders"]!["Authorization"]);
        Assert.Contains("\"password\":\"[redacted]\"", (string?)detail["requestBody"], StringComparison.Ordinal);
        Assert.Contains("alice@contoso.com", (string?)detail["responseBody"], StringComparison.Ordinal);
        Assert.Equal("alice@contoso.com", (string?)detail["resourceName"]);
    }

    [Fact]
    public async Task Activity_ProvisionedResources_AppearAsEvents()
    {
        await PostProbe("User", """{"userName":"alice@contoso.com"}""");
        await PostProbe("Group", """{"displayName":"Sales"}""");

        var activity = await GetJson("/scim/admin/activity?type=user");
        var all = await GetJson("/scim/admin/activity");
        var summary = await GetJson("/scim/admin/activity/summary");

        Assert.Equal("User \"alice@contoso.com\" created", (string?)Assert.Single(activity["items"]!.AsArray())!["summary"]);
        Assert.Equal(["group.created", "user.created"], all["items"]!.AsArray().Select(i => (string?)i!["type"]));
        Assert.Equal(1, (int)summary["last24h"]!["byType"]!["group.created"]!);
    }

    [Fact]
    public async Task Export_WritesOneJsonLinePerEntry()
    {
        await PostProbe("User", """{"userName":"a@contoso.com"}""");
        await PostProbe("User", """{"userName":"b@contoso.com"}""");
        await Client(ScimToolFactory.ScimToken).GetAsync("/scim/admin/logs/export"); // 401, not logged

        var response = await Client(ScimToolFactory.AdminToken).GetAsync("/scim/admin/logs/export?method=POST");

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.NotNull(JsonNode.Parse(line)!["requestBody"]));
    }

    [Fact]
    public async Task Clear_RemovesEntries_AndIsItselfAudited()
    {
        await PostProbe("User", """{"userName":"a@contoso.com"}""");

        var response = await Client(ScimToolFactory.AdminToken).DeleteAsync("/scim/admin/logs");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var logs = await GetJson("/scim/admin/logs");
        var only = Assert.Single(logs["items"]!.AsArray())!;
        Assert.Equal("DELETE", (string?)only["method"]);
        Assert.Equal("admin", (string?)only["type"]);
    }

    [Theory]
    [InlineData("/scim/admin/logs?limit=abc")]
    [InlineData("/scim/admin/logs?errors=maybe")]
    [InlineData("/scim/admin/activity?from=yesterday")]
    public async Task List_InvalidParameter_IsBadRequest(string url)
    {
        var response = await Client(ScimToolFactory.AdminToken).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Version_AndStats_Answer()
    {
        await PostProbe("User", """{"userName":"a@contoso.com"}""");

        var version = await GetJson("/scim/admin/version");
        var stats = await GetJson("/scim/admin/stats");

        Assert.Equal("SCIMTool", (string?)version["product"]);
        Assert.Equal(1, (int)stats["requestLog"]!["entries"]!);
        Assert.Equal(0, (int)stats["requestLog"]!["dropped"]!);
    }

    private async Task PostProbe(string kind, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/scim+json");
        var response = await Client(ScimToolFactory.ScimToken).PostAsync($"/scim/v2/Probe/{kind}", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<JsonNode> GetJson(string url) =>
        (await Client(ScimToolFactory.AdminToken).GetFromJsonAsync<JsonNode>(url))!;

    private HttpClient Client(string? token)
    {
        var client = _factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
