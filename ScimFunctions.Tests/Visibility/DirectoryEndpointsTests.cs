using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Storage;
using ScimFunctions.Tests.Support;
using ScimFunctions.Visibility.Admin;

namespace ScimFunctions.Tests.Visibility;

public sealed class DirectoryEndpointsTests : IDisposable
{
    private static readonly DateTimeOffset Time = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

    private readonly Mock<IScimRepository> _repository = new();
    private readonly ScimToolFactory _root = new();
    private readonly HttpClient _client;

    public DirectoryEndpointsTests()
    {
        var factory = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton(_repository.Object)));
        _client = factory.CreateClient();
        _client.DefaultRequestHeaders.Authorization = new("Bearer", ScimToolFactory.AdminToken);
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public void SearchFilter_Text_IsSubstringOrAcrossNames()
    {
        var filter = DirectoryEndpoints.SearchFilter(ResourceKind.Group, "sales");

        var expected = new LogicalFilter(LogicalOperator.Or,
            new ComparisonFilter(new AttributePath(null, "displayName"), ComparisonOperator.Co, JsonValue.Create("sales")),
            new ComparisonFilter(new AttributePath(null, "externalId"), ComparisonOperator.Co, JsonValue.Create("sales")));
        Assert.Equal(expected.ToString(), filter!.ToString());
        Assert.Null(DirectoryEndpoints.SearchFilter(ResourceKind.User, " "));
    }

    [Fact]
    public async Task Users_Search_PagesThroughRepository()
    {
        ResourceQuery? asked = null;
        _repository.Setup(r => r.QueryAsync(ResourceKind.User, It.IsAny<ResourceQuery>(), It.IsAny<CancellationToken>()))
            .Callback<ResourceKind, ResourceQuery, CancellationToken>((_, query, _) => asked = query)
            .ReturnsAsync(new ResourcePage(51, [User("u-1", "alice@contoso.com")]));

        var page = (await _client.GetFromJsonAsync<JsonNode>("/scim/admin/users?q=alice&offset=50&limit=25"))!;

        Assert.Equal(51, (int)page["total"]!);
        Assert.Equal("alice@contoso.com", (string?)page["items"]![0]!["userName"]);
        Assert.Equal(51, asked!.StartIndex);
        Assert.Equal(25, asked.Count);
        Assert.IsType<LogicalFilter>(asked.Filter);
    }

    [Fact]
    public async Task User_Detail_ListsGroupMemberships()
    {
        _repository.Setup(r => r.GetAsync(ResourceKind.User, "u-1", false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(User("u-1", "alice@contoso.com"));
        _repository.Setup(r => r.GetGroupsOfMemberAsync("u-1", It.IsAny<CancellationToken>()))
            .ReturnsAsync([new MemberReference("g-1", "Group", "Sales")]);

        var user = (await _client.GetFromJsonAsync<JsonNode>("/scim/admin/users/u-1"))!;

        Assert.Equal("Sales", (string?)user["groups"]![0]!["name"]);
        Assert.Equal("alice@contoso.com", (string?)user["resource"]!["userName"]);
    }

    [Fact]
    public async Task Group_Detail_NamesMembersWithoutDisplay()
    {
        var group = new StoredResource(ResourceKind.Group, "g-1", JsonNode.Parse("""{"displayName":"Sales"}""")!.AsObject(),
            Time, Time, 3, [new MemberReference("u-1"), new MemberReference("u-2", "User", "Bob")]);
        _repository.Setup(r => r.GetAsync(ResourceKind.Group, "g-1", true, It.IsAny<CancellationToken>())).ReturnsAsync(group);
        _repository.Setup(r => r.GetAsync(ResourceKind.User, "u-1", false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(User("u-1", "alice@contoso.com"));

        var view = (await _client.GetFromJsonAsync<JsonNode>("/scim/admin/groups/g-1"))!;

        Assert.Equal(2, (int)view["memberCount"]!);
        Assert.Equal(["alice@contoso.com", "Bob"], view["members"]!.AsArray().Select(m => (string?)m!["name"]));
    }

    [Fact]
    public async Task User_Missing_IsNotFound()
    {
        var response = await _client.GetAsync("/scim/admin/users/nobody");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private static StoredResource User(string id, string userName) =>
        new(ResourceKind.User, id, JsonNode.Parse($$"""{"userName":"{{userName}}","active":true}""")!.AsObject(), Time, Time, 1, null);
}
