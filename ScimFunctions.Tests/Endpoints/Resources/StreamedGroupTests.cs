using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Endpoints.Resources;
using ScimFunctions.Hosting;
using ScimFunctions.Scim.Json;
using ScimFunctions.Storage;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Endpoints.Resources;

/// <summary>
/// <c>GET /Groups/{id}</c> with members is streamed from the store; its bytes must be those of
/// the buffered rendering (list of members, JSON tree, projection, then serialised).
/// </summary>
public sealed class StreamedGroupTests : IDisposable
{
    private static readonly Uri BaseUri = new("http://localhost/");

    private readonly ScimToolFactory _factory = new();
    private readonly HttpClient _client;

    public StreamedGroupTests() => _client = _factory.CreateScimClient();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("attributes=members")]
    [InlineData("attributes=displayName,members")]
    [InlineData("excludedAttributes=displayName,meta")]
    [InlineData("attributes=members.value")]
    [InlineData("excludedAttributes=members.display")]
    public async Task Get_GroupWithMembers_BytesEqualBufferedRendering(string query)
    {
        var group = await SeedGroupAsync();

        var response = await _client.GetAsync($"/scim/v2/Groups/{group}?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ScimJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        var expected = await BufferedRenderingAsync(group, query);
        Assert.Equal(expected.ETag, response.Headers.ETag?.ToString());
        Assert.Equal(expected.Body, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_GroupWithoutMembers_BytesEqualBufferedRendering()
    {
        var group = await _client.CreateGroupAsync("Empty Team");

        var body = await _client.GetStringAsync($"/scim/v2/Groups/{group}");

        Assert.Equal((await BufferedRenderingAsync(group, string.Empty)).Body, body);
        Assert.Contains("\"members\":[]", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownGroup_Is404()
    {
        var response = await _client.GetAsync("/scim/v2/Groups/no-such-group");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("404", (string?)(await response.BodyAsync())["status"]);
    }

    [Fact]
    public void Applies_ProjectionIntoMemberSubAttributes_KeepsBufferedRendering()
    {
        var whole = new Projection(["displayName", "members"], null);
        var into = new Projection(["members.value"], null);
        var excluded = new Projection(null, ["members"]);

        Assert.True(StreamedGroup.Applies(ResourceEndpoint.Groups, whole));
        Assert.False(StreamedGroup.Applies(ResourceEndpoint.Groups, into));
        Assert.False(StreamedGroup.Applies(ResourceEndpoint.Groups, excluded));
        Assert.False(StreamedGroup.Applies(ResourceEndpoint.Users, whole));
    }

    private async Task<string> SeedGroupAsync()
    {
        var named = await _client.CreateUserAsync("one@example.com");
        await _client.PatchAsync($"/scim/v2/Users/{named}", ScimClient.Op("replace", "displayName", "Zoë <Ångström> + Co"));
        var unnamed = await _client.CreateUserAsync("two+tag@example.com");
        var inner = await _client.CreateGroupAsync("Inner Team");
        var group = await _client.CreateGroupAsync("Outer Team");
        var members = ScimClient.Members(named, unnamed, inner);
        await _client.PatchAsync($"/scim/v2/Groups/{group}", ScimClient.Op("Add", "members", members));
        await _client.PatchAsync(
            $"/scim/v2/Groups/{group}", ScimClient.Op("replace", "externalId", "00000000-0000-0000-0000-000000000042"));
        return group;
    }

    /// <summary>The former rendering: the group read with its members, rendered as a tree.</summary>
    private async Task<(string Body, string ETag)> BufferedRenderingAsync(string id, string query)
    {
        var repository = _factory.Services.GetRequiredService<IScimRepository>();
        var projection = Projection.FromQuery(QueryParameters.Parse(query));
        var stored = await repository.GetAsync(ResourceKind.Group, id, includeMembers: true, CancellationToken.None);
        var rendered = ResourceRenderer.RenderProjected(stored!, ResourceEndpoint.Groups, BaseUri, projection);
        return (rendered.ToJsonString(ScimJson.Options), stored!.ETag);
    }
}
