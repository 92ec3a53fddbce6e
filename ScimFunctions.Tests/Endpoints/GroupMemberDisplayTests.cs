using System.Text.Json.Nodes;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Endpoints;

/// <summary>
/// <c>members.display</c> is read-only (RFC 7643 §4.2), so the server fills it from the member
/// as it is now: a user's displayName, else its userName; a group's displayName.
/// </summary>
public sealed class GroupMemberDisplayTests : IDisposable
{
    private readonly ScimToolFactory _factory = new();
    private readonly HttpClient _client;

    public GroupMemberDisplayTests() => _client = _factory.CreateScimClient();

    public void Dispose() => _factory.Dispose();

    private async Task<Dictionary<string, string?>> DisplaysAsync(string url)
    {
        var body = await (await _client.GetAsync(url)).BodyAsync();
        var group = body["Resources"]?[0] ?? body;
        return group["members"]!.AsArray().ToDictionary(
            member => (string)member!["value"]!, member => (string?)member!["display"]);
    }

    private async Task<(string Group, string Named, string Unnamed, string Inner)> SeedAsync()
    {
        var named = await _client.CreateUserAsync("one@example.com");
        await _client.PatchAsync($"/scim/v2/Users/{named}", ScimClient.Op("replace", "displayName", "Given Family"));
        var unnamed = await _client.CreateUserAsync("two@example.com");
        var inner = await _client.CreateGroupAsync("Inner Team");
        var group = await _client.CreateGroupAsync("Outer Team");
        var members = new JsonArray(
            new JsonObject { ["value"] = named, ["display"] = "What the client said" },
            new JsonObject { ["value"] = unnamed },
            new JsonObject { ["value"] = inner });
        await _client.PatchAsync($"/scim/v2/Groups/{group}", ScimClient.Op("Add", "members", members));
        return (group, named, unnamed, inner);
    }

    [Theory]
    [InlineData("/scim/v2/Groups/{0}")]
    [InlineData("/scim/v2/Groups?filter=displayName+eq+%22Outer+Team%22")]
    public async Task Get_Members_DisplayComesFromTheMember(string url)
    {
        var (group, named, unnamed, inner) = await SeedAsync();

        var displays = await DisplaysAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, group));

        Assert.Equal("Given Family", displays[named]);
        Assert.Equal("two@example.com", displays[unnamed]);
        Assert.Equal("Inner Team", displays[inner]);
    }

    [Fact]
    public async Task Get_AfterMemberRenamed_DisplayFollowsTheMember()
    {
        var (group, named, _, inner) = await SeedAsync();
        await _client.PatchAsync($"/scim/v2/Users/{named}", ScimClient.Op("replace", "displayName", "Renamed Person"));
        await _client.PatchAsync($"/scim/v2/Groups/{inner}", ScimClient.Op("replace", "displayName", "Renamed Team"));

        var displays = await DisplaysAsync($"/scim/v2/Groups/{group}");

        Assert.Equal("Renamed Person", displays[named]);
        Assert.Equal("Renamed Team", displays[inner]);
    }
}
