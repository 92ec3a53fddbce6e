using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Storage;
using ScimFunctions.Storage.Sqlite;
using ScimFunctions.Tests.Storage;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Endpoints;

public sealed class GroupEndpointsTests : IDisposable
{
    private readonly ScimToolFactory _factory = new();
    private readonly HttpClient _client;

    public GroupEndpointsTests() => _client = _factory.CreateScimClient();

    public void Dispose() => _factory.Dispose();

    private async Task<List<string>> MembersAsync(string groupId)
    {
        var body = await (await _client.GetAsync($"/scim/v2/Groups/{groupId}")).BodyAsync();
        return body["members"]?.AsArray().Select(member => (string)member!["value"]!).Order().ToList() ?? [];
    }

    [Fact]
    public async Task Post_EntraCreateGroup_IsCreatedWithEmptyMembersAndThenConflicts()
    {
        // E-38, E-39
        var request = JsonNode.Parse("""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
                        "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
             "externalId":"00000000-0000-0000-0000-000000000031","displayName":"Team Alpha","meta":{"resourceType":"Group"}}
            """)!;

        var created = await _client.PostAsync("/scim/v2/Groups", request);
        var duplicate = await _client.PostAsync("/scim/v2/Groups", request);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.BodyAsync();
        Assert.Equal("Team Alpha", (string?)body["displayName"]);
        Assert.Empty(body["members"]!.AsArray());
        Assert.Equal("Group", (string?)body["meta"]!["resourceType"]);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("uniqueness", (string?)(await duplicate.BodyAsync())["scimType"]);
    }

    [Fact]
    public async Task Find_ByDisplayNameWithSpacesExcludingMembers_HasNoMembers()
    {
        // E-36, E-37, B-24
        var id = await _client.CreateGroupAsync("All Staff Group");
        var user = await _client.CreateUserAsync("one@example.com");
        await _client.PatchAsync($"/scim/v2/Groups/{id}", ScimClient.Op("Add", "members", ScimClient.Members(user)));

        var list = await (await _client.GetAsync(
            "/scim/v2/Groups?excludedAttributes=members&filter=displayName+eq+%22All+Staff+Group%22")).BodyAsync();
        var single = await (await _client.GetAsync($"/scim/v2/Groups/{id}?excludedAttributes=members")).BodyAsync();

        Assert.Equal(1, (int)list["totalResults"]!);
        Assert.Null(list["Resources"]![0]!["members"]);
        Assert.Equal("All Staff Group", (string?)single["displayName"]);
        Assert.Null(single["members"]);
    }

    [Theory]
    [InlineData("Add")]
    [InlineData("add")]
    [InlineData("ADD")]
    public async Task Patch_AddMembersTwice_AnswersNoContentAndKeepsOneCopy(string op)
    {
        // E-41, B-01, B-05
        var group = await _client.CreateGroupAsync("Team");
        var one = await _client.CreateUserAsync("one@example.com");
        var two = await _client.CreateUserAsync("two@example.com");

        var first = await _client.PatchAsync($"/scim/v2/Groups/{group}", ScimClient.Op(op, "members", ScimClient.Members(one, two)));
        var again = await _client.PatchAsync($"/scim/v2/Groups/{group}", ScimClient.Op(op, "members", ScimClient.Members(two)));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(new[] { one, two }.Order(), await MembersAsync(group));
    }

    [Theory]
    [InlineData("value-array")]
    [InlineData("filter")]
    public async Task Patch_RemoveOneMember_LeavesTheOthers(string shape)
    {
        // E-42, E-43, B-01, B-02
        var group = await _client.CreateGroupAsync("Team");
        var one = await _client.CreateUserAsync("one@example.com");
        var two = await _client.CreateUserAsync("two@example.com");
        await _client.PatchAsync($"/scim/v2/Groups/{group}", ScimClient.Op("Add", "members", ScimClient.Members(one, two)));
        var remove = shape == "filter"
            ? ScimClient.Op("remove", $"members[value eq \"{one}\"]")
            : ScimClient.Op("Remove", "members", ScimClient.Members(one));

        var response = await _client.PatchAsync($"/scim/v2/Groups/{group}", remove);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([two], await MembersAsync(group));
    }

    [Fact]
    public async Task Patch_RenameGroup_KeepsMembers()
    {
        // E-40, B-04
        var group = await _client.CreateGroupAsync("Team Alpha");
        var one = await _client.CreateUserAsync("one@example.com");
        await _client.PatchAsync($"/scim/v2/Groups/{group}", ScimClient.Op("Add", "members", ScimClient.Members(one)));

        var renamed = await _client.PatchAsync(
            $"/scim/v2/Groups/{group}", ScimClient.Op("Replace", "displayName", "Team Alpha Renamed"));
        var pathless = await _client.PatchAsync(
            $"/scim/v2/Groups/{group}", ScimClient.Op("replace", null, new JsonObject { ["externalId"] = "x" }));

        Assert.Equal(HttpStatusCode.NoContent, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, pathless.StatusCode);
        Assert.Equal([one], await MembersAsync(group));
    }

    [Fact]
    public async Task Patch_AddUnknownMember_IsInvalidValueNamingItAndAddsNobody()
    {
        // B-29
        var group = await _client.CreateGroupAsync("Team");
        var one = await _client.CreateUserAsync("one@example.com");

        var response = await _client.PatchAsync(
            $"/scim/v2/Groups/{group}", ScimClient.Op("Add", "members", ScimClient.Members(one, "u-unknown")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal("invalidValue", (string?)body["scimType"]);
        Assert.Contains("u-unknown", (string?)body["detail"], StringComparison.Ordinal);
        Assert.Empty(await MembersAsync(group));
    }

    [Fact]
    public async Task Delete_Group_ThenNotFound()
    {
        // E-44
        var group = await _client.CreateGroupAsync("Team");

        var deleted = await _client.DeleteAsync($"/scim/v2/Groups/{group}");
        var get = await _client.GetAsync($"/scim/v2/Groups/{group}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task LargeGroup_SingleMemberChangesAndExcludedMembers_AreCorrect()
    {
        // B-31: 50,000 members seeded through the repository; correctness only, never timing.
        var database = _factory.Services.GetRequiredService<ScimDatabase>();
        var repository = _factory.Services.GetRequiredService<IScimRepository>();
        var ids = TestStore.SeedUsers(database, 50_002);
        var group = await repository.CreateAsync(
            ResourceKind.Group,
            new NewResource(TestStore.Group("All Staff"), ids.Take(50_000).Select(id => new MemberReference(id)).ToList(), null),
            default);

        var add = await _client.PatchAsync($"/scim/v2/Groups/{group.Id}", ScimClient.Op("Add", "members", ScimClient.Members(ids[50_001])));
        var remove = await _client.PatchAsync($"/scim/v2/Groups/{group.Id}", ScimClient.Op("remove", $"members[value eq \"{ids[3]}\"]"));
        var byId = await (await _client.GetAsync($"/scim/v2/Groups/{group.Id}?excludedAttributes=members")).BodyAsync();
        var byName = await (await _client.GetAsync(
            "/scim/v2/Groups?excludedAttributes=members&filter=displayName eq \"All Staff\"")).BodyAsync();

        Assert.Equal(HttpStatusCode.NoContent, add.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, remove.StatusCode);
        Assert.Null(byId["members"]);
        Assert.Equal("W/\"3\"", (string?)byId["meta"]!["version"]);
        Assert.Null(byName["Resources"]![0]!["members"]);
        var stored = await repository.GetAsync(ResourceKind.Group, group.Id, true, default);
        Assert.Equal(50_000, stored!.Members!.Count);
        Assert.Contains(stored.Members, member => member.Value == ids[50_001]);
        Assert.DoesNotContain(stored.Members, member => member.Value == ids[3]);
    }

    [Fact]
    public async Task User_GroupsAttribute_ListsDirectGroups()
    {
        var group = await _client.CreateGroupAsync("Team");
        var one = await _client.CreateUserAsync("one@example.com");
        await _client.PatchAsync($"/scim/v2/Groups/{group}", ScimClient.Op("Add", "members", ScimClient.Members(one)));

        var body = await (await _client.GetAsync($"/scim/v2/Users/{one}")).BodyAsync();

        Assert.Equal(group, (string?)body["groups"]![0]!["value"]);
        Assert.Equal("Team", (string?)body["groups"]![0]!["display"]);
    }
}
