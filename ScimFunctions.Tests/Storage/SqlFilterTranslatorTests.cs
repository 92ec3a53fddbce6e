using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Storage;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Tests.Storage;

public sealed class SqlFilterTranslatorTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private static ComparisonFilter Eq(string attribute, JsonValue? value, string? sub = null) =>
        new(new AttributePath(null, attribute, sub), ComparisonOperator.Eq, value);

    private Task<ResourcePage> QueryAsync(ResourceKind kind, FilterNode? filter, int startIndex = 1, int count = 100) =>
        _store.Repository.QueryAsync(kind, new ResourceQuery(filter, startIndex, count, false), default);

    [Fact]
    public async Task Query_UserNameEqInOtherCase_FindsTheUser()
    {
        // E-06
        var user = await _store.CreateUserAsync("user.one@example.com");
        await _store.CreateUserAsync("user.two@example.com");

        var page = await QueryAsync(ResourceKind.User, Eq("userName", JsonValue.Create("USER.ONE@EXAMPLE.COM")));

        Assert.Equal(1, page.TotalResults);
        Assert.Equal(user.Id, Assert.Single(page.Resources).Id);
    }

    [Fact]
    public async Task Query_ExternalIdEq_IsCaseExact()
    {
        // E-08
        await _store.CreateUserAsync("a@example.com", externalId: "User.One");

        var exact = await QueryAsync(ResourceKind.User, Eq("externalId", JsonValue.Create("User.One")));
        var otherCase = await QueryAsync(ResourceKind.User, Eq("externalId", JsonValue.Create("user.one")));

        Assert.Equal(1, exact.TotalResults);
        Assert.Equal(0, otherCase.TotalResults);
    }

    [Theory]
    [InlineData("userName", "users", "user_name_key")]
    [InlineData("externalId", "users", "ix_users_external_id")]
    [InlineData("displayName", "groups", "display_name_key")]
    [InlineData("id", "users", "PRIMARY KEY")]
    public void Translate_IndexedAttributeEq_UsesAnIndex(string attribute, string table, string expectedIndex)
    {
        var kind = table == "users" ? ResourceKind.User : ResourceKind.Group;
        var filter = SqlFilterTranslator.Translate(kind, Eq(attribute, JsonValue.Create("x")));

        using var connection = _store.Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN SELECT id FROM {table} WHERE {filter.Where}";
        foreach (var (name, value) in filter.Parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Empty(filter.Residuals);
        Assert.Contains(plan, line => line.Contains("SEARCH", StringComparison.Ordinal)
            && (line.Contains(expectedIndex, StringComparison.Ordinal) || line.Contains("autoindex", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Query_CountAndPaging_TotalCountsEveryMatch()
    {
        // E-45, B-33
        for (var i = 0; i < 5; i++)
        {
            await _store.CreateUserAsync($"user{i}@example.com");
            _store.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var second = await QueryAsync(ResourceKind.User, null, startIndex: 2, count: 2);
        var countOnly = await QueryAsync(ResourceKind.User, null, count: 0);
        var beyond = await QueryAsync(ResourceKind.User, null, startIndex: 9, count: 2);

        Assert.Equal(5, second.TotalResults);
        Assert.Equal(["user1@example.com", "user2@example.com"], second.Resources.Select(r => (string?)r.Data["userName"]));
        Assert.Equal(5, countOnly.TotalResults);
        Assert.Empty(countOnly.Resources);
        Assert.Equal(5, beyond.TotalResults);
        Assert.Empty(beyond.Resources);
    }

    [Theory]
    [InlineData(2, 5)]
    [InlineData(5, 5)]
    [InlineData(6, 5)]
    public async Task Query_FirstPage_TotalCountsEveryMatchWhetherThePageIsFullOrNot(int count, int expectedTotal)
    {
        for (var i = 0; i < 5; i++)
        {
            await _store.CreateUserAsync($"user{i}@example.com");
        }

        await _store.CreateUserAsync("someone.else@example.org");
        var filter = new ComparisonFilter(new AttributePath(null, "userName"), ComparisonOperator.Ew, JsonValue.Create("@example.com"));

        var page = await QueryAsync(ResourceKind.User, filter, count: count);

        Assert.Equal(expectedTotal, page.TotalResults);
        Assert.Equal(Math.Min(count, expectedTotal), page.Resources.Count);
    }

    [Fact]
    public async Task Query_NotActiveEqTrue_IncludesUsersWithoutActive()
    {
        await _store.CreateUserAsync("on@example.com", active: true);
        await _store.CreateUserAsync("off@example.com", active: false);
        await _store.CreateUserAsync("unset@example.com");

        var page = await QueryAsync(ResourceKind.User, new NotFilter(Eq("active", JsonValue.Create(true))));

        Assert.Equal(2, page.TotalResults);
    }

    [Fact]
    public async Task Query_ActiveEqStringFalse_FindsDisabledUser()
    {
        // E-21: booleans arrive as strings
        await _store.CreateUserAsync("off@example.com", active: false);

        var page = await QueryAsync(ResourceKind.User, Eq("active", JsonValue.Create("False")));

        Assert.Equal(1, page.TotalResults);
    }

    [Fact]
    public async Task Query_MetaCreatedGtWithOffset_ComparesInstants()
    {
        await _store.CreateUserAsync("old@example.com");
        _store.Time.Advance(TimeSpan.FromDays(1));
        await _store.CreateUserAsync("new@example.com");
        var filter = new ComparisonFilter(
            new AttributePath(null, "meta", "created"), ComparisonOperator.Gt, JsonValue.Create("2025-03-04T05:00:00-07:00"));

        var page = await QueryAsync(ResourceKind.User, filter);

        Assert.Equal("new@example.com", (string?)Assert.Single(page.Resources).Data["userName"]);
    }

    [Theory]
    [InlineData(ComparisonOperator.Sw, "USER.O", 1)]
    [InlineData(ComparisonOperator.Co, "one@", 1)]
    [InlineData(ComparisonOperator.Ew, "@EXAMPLE.COM", 2)]
    [InlineData(ComparisonOperator.Ne, "user.one@example.com", 1)]
    [InlineData(ComparisonOperator.Gt, "user.one@example.com", 1)]
    public async Task Query_UserNameOperators_CompareWithoutCase(ComparisonOperator op, string value, int expected)
    {
        await _store.CreateUserAsync("user.one@example.com");
        await _store.CreateUserAsync("user.two@example.com");
        var filter = new ComparisonFilter(new AttributePath(null, "userName"), op, JsonValue.Create(value));

        var page = await QueryAsync(ResourceKind.User, filter);

        Assert.Equal(expected, page.TotalResults);
    }

    [Fact]
    public async Task Query_GroupsByMemberValue_ReadsTheMemberTable()
    {
        var one = await _store.CreateUserAsync("one@example.com");
        var withMember = await _store.CreateGroupAsync("With", one.Id);
        await _store.CreateGroupAsync("Without");
        var filter = new ValuePathFilter(new AttributePath(null, "members"), Eq("value", JsonValue.Create(one.Id)));

        var page = await QueryAsync(ResourceKind.Group, filter);

        Assert.Equal(withMember.Id, Assert.Single(page.Resources).Id);
    }

    [Fact]
    public async Task Query_DisplayNameWithSpacesAndIdAnd_FindsTheGroup()
    {
        // B-24, E-12 shape
        var group = await _store.CreateGroupAsync("All Staff Group");
        var filter = new LogicalFilter(
            LogicalOperator.And, Eq("displayName", JsonValue.Create("all staff group")), Eq("id", JsonValue.Create(group.Id)));

        var page = await QueryAsync(ResourceKind.Group, filter);

        Assert.Equal(1, page.TotalResults);
    }

    [Fact]
    public void Translate_BooleanGreaterThan_ThrowsInvalidFilter()
    {
        var filter = new ComparisonFilter(new AttributePath(null, "active"), ComparisonOperator.Gt, JsonValue.Create(true));

        var error = Assert.Throws<ScimException>(() => SqlFilterTranslator.Translate(ResourceKind.User, filter));

        Assert.Equal(ScimType.InvalidFilter, error.ScimType);
    }

    [Fact]
    public void Translate_NonIndexedSubtree_BecomesOneResidual()
    {
        var title = Eq("title", JsonValue.Create("x"));
        var nick = Eq("nickName", JsonValue.Create("y"));
        var filter = new LogicalFilter(
            LogicalOperator.And, Eq("userName", JsonValue.Create("a")), new LogicalFilter(LogicalOperator.Or, title, nick));

        var sql = SqlFilterTranslator.Translate(ResourceKind.User, filter);

        Assert.Equal([filter.Right], sql.Residuals);
        Assert.Contains("scim_match(0, users.data)", sql.Where, StringComparison.Ordinal);
        Assert.Contains("user_name_key = @f0", sql.Where, StringComparison.Ordinal);
    }
}
