using ScimFunctions.Visibility.Activity;

namespace ScimFunctions.Tests.Visibility;

public sealed class KeepaliveRuleTests
{
    private const string RandomGuid = "7d420df3-0000-0000-0000-000000000001";

    [Theory]
    [InlineData("Users", "userName eq \"" + RandomGuid + "\"")] // E-01
    [InlineData("Groups", "displayName eq \"" + RandomGuid + "\"")] // E-02
    [InlineData("Users", "externalId eq \"" + RandomGuid + "\"")] // E-01, matching attribute changed
    [InlineData("users", "USERNAME EQ \"" + RandomGuid + "\"")]
    public void IsKeepalive_EntraConnectionCheck_IsTrue(string endpoint, string filter)
    {
        Assert.True(KeepaliveRule.IsKeepalive("GET", endpoint, false, filter, 200, 0));
    }

    [Theory]
    [InlineData("GET", "Users", false, "userName eq \"alice@contoso.com\"", 200, 0L)] // a real lookup before a create
    [InlineData("GET", "Users", false, "userName eq \"" + RandomGuid + "\"", 200, 1L)] // it matched someone
    [InlineData("GET", "Users", false, "userName eq \"" + RandomGuid + "\"", 401, null)] // rejected
    [InlineData("GET", "Users", true, "userName eq \"" + RandomGuid + "\"", 200, 0L)] // a resource, not a list
    [InlineData("POST", "Users", false, "userName eq \"" + RandomGuid + "\"", 200, 0L)]
    [InlineData("GET", "Schemas", false, "userName eq \"" + RandomGuid + "\"", 200, 0L)]
    [InlineData("GET", "Users", false, null, 200, 0L)] // an unfiltered list of an empty store
    [InlineData("GET", "Users", false, "userName eq \"" + RandomGuid + "\" or active eq true", 200, 0L)]
    public void IsKeepalive_OtherRequests_IsFalse(string method, string endpoint, bool hasId, string? filter, int status, long? total)
    {
        Assert.False(KeepaliveRule.IsKeepalive(method, endpoint, hasId, filter, status, total));
    }

    [Fact]
    public void Classify_ConnectionCheck_IsStoredAsKeepalive()
    {
        var request = Captured.Request("GET", "/scim/v2/Users", 200,
            query: "filter=userName+eq+%22" + RandomGuid + "%22", responseBody: Captured.EmptyList);

        var activity = ActivityClassifier.Classify(request, Captured.Json(Captured.EmptyList), new Dictionary<string, string>());

        Assert.True(activity.IsKeepalive);
        Assert.Equal(EventTypes.Keepalive, activity.EventType);
    }
}
