using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Visibility.Activity;

namespace ScimFunctions.Tests.Visibility;

public sealed class ActivityClassifierTests
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["u-1002"] = "Jane Manager",
        ["u-1003"] = "Old Boss",
        ["u-1"] = "Alice",
        ["u-2"] = "Bob",
        ["u-3"] = "Carol",
    };

    private const string Alice = """{"userName":"alice@contoso.com","active":true,"title":"Engineer"}""";

    [Fact]
    public void Classify_UserPost_IsUserCreated()
    {
        var change = new ResourceChange("User", "u-1001", null, Captured.Json(Alice));

        var activity = Classify("POST", "/scim/v2/Users", 201, change);

        Assert.Equal(EventTypes.UserCreated, activity.EventType);
        Assert.Equal("User \"alice@contoso.com\" created", activity.Summary);
        Assert.Equal("u-1001", activity.ResourceId);
    }

    [Fact]
    public void Classify_UserPatch_ListsChangedAttributesWithManagerResolved()
    {
        var before = Captured.Json("""
            {"userName":"alice@contoso.com","active":true,"title":"Engineer",
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"manager":{"value":"u-1003"}}}
            """);
        var after = Captured.Json("""
            {"userName":"alice@contoso.com","active":true,"title":"Lead",
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"manager":{"value":"u-1002"}}}
            """);

        var activity = Classify("PATCH", "/scim/v2/Users/u-1001", 200, new ResourceChange("User", "u-1001", before, after));

        Assert.Equal(EventTypes.UserUpdated, activity.EventType);
        var changes = activity.Details!["changes"]!.AsArray();
        Assert.Contains(changes, c => (string?)c!["attribute"] == "enterprise.manager"
            && (string?)c["old"] == "Old Boss" && (string?)c["new"] == "Jane Manager");
        Assert.Contains(changes, c => (string?)c!["attribute"] == "title"
            && (string?)c["old"] == "Engineer" && (string?)c["new"] == "Lead");
        Assert.Contains("title \"Engineer\" → \"Lead\"", activity.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", "false", EventTypes.UserDisabled, "disabled")] // Entra's soft delete
    [InlineData("false", "true", EventTypes.UserEnabled, "enabled")]
    public void Classify_ActiveFlipped_IsDisabledOrEnabled(string was, string now, string type, string word)
    {
        var before = Captured.Json($$"""{"userName":"alice@contoso.com","active":{{was}}}""");
        var after = Captured.Json($$"""{"userName":"alice@contoso.com","active":{{now}}}""");

        var activity = Classify("PATCH", "/scim/v2/Users/u-1001", 200, new ResourceChange("User", "u-1001", before, after));

        Assert.Equal(type, activity.EventType);
        Assert.Equal($"User \"alice@contoso.com\" {word}", activity.Summary);
    }

    [Fact]
    public void Classify_UserDelete_IsUserDeleted()
    {
        var activity = Classify("DELETE", "/scim/v2/Users/u-1001", 204, new ResourceChange("User", "u-1001", Captured.Json(Alice), null));

        Assert.Equal(EventTypes.UserDeleted, activity.EventType);
        Assert.Equal("User \"alice@contoso.com\" deleted", activity.Summary);
    }

    [Fact]
    public void Classify_GroupPost_IsGroupCreatedWithMemberCount()
    {
        var change = new ResourceChange("Group", "g-1", null, Captured.Json("""{"displayName":"Sales"}"""), ["u-1", "u-2"]);

        var activity = Classify("POST", "/scim/v2/Groups", 201, change);

        Assert.Equal(EventTypes.GroupCreated, activity.EventType);
        Assert.Equal("Group \"Sales\" created with 2 members", activity.Summary);
    }

    [Fact]
    public void Classify_GroupDisplayNameChanged_IsGroupRenamed()
    {
        var before = Captured.Json("""{"displayName":"Sales"}""");
        var change = new ResourceChange("Group", "g-1", before, Captured.Json("""{"displayName":"Sales EMEA"}"""));

        var activity = Classify("PATCH", "/scim/v2/Groups/g-1", 204, change);

        Assert.Equal(EventTypes.GroupRenamed, activity.EventType);
        Assert.Equal("Group \"Sales EMEA\" renamed from \"Sales\"", activity.Summary);
    }

    [Fact]
    public void Classify_GroupMembersPatched_NamesAddedAndRemovedMembers()
    {
        var group = Captured.Json("""{"displayName":"Sales"}""");
        var change = new ResourceChange("Group", "g-1", group, group, ["u-1", "u-2"], ["u-3", "u-unknown"]);

        var activity = Classify("PATCH", "/scim/v2/Groups/g-1", 204, change);

        Assert.Equal(EventTypes.GroupMembers, activity.EventType);
        Assert.Equal("Group \"Sales\" added Alice, Bob; removed Carol, u-unknown", activity.Summary);
        Assert.Equal("Alice", (string?)activity.Details!["membersAdded"]![0]!["name"]);
        Assert.Null((string?)activity.Details["membersRemoved"]![1]!["name"]);
    }

    [Fact]
    public void Classify_GroupDelete_IsGroupDeleted()
    {
        var change = new ResourceChange("Group", "g-1", Captured.Json("""{"displayName":"Sales"}"""), null);

        var activity = Classify("DELETE", "/scim/v2/Groups/g-1", 204, change);

        Assert.Equal(EventTypes.GroupDeleted, activity.EventType);
    }

    [Fact]
    public void Classify_ScimError_CarriesStatusTypeAndDetail()
    {
        var body = """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"409","scimType":"uniqueness",
             "detail":"Another resource already has this userName."}
            """;
        var request = Captured.Request("POST", "/scim/v2/Users", 409, responseBody: body);

        var activity = ActivityClassifier.Classify(request, JsonNode.Parse(body), Names);

        Assert.Equal(EventTypes.Error, activity.EventType);
        Assert.Equal("warning", activity.Severity);
        Assert.Equal("POST Users failed with 409 uniqueness: Another resource already has this userName.", activity.Summary);
        Assert.Equal("uniqueness", (string?)activity.Details!["scimType"]);
    }

    [Fact]
    public void Classify_ServerError_IsErrorSeverity()
    {
        var activity = ActivityClassifier.Classify(Captured.Request("GET", "/scim/v2/Users/x", 500), null, Names);

        Assert.Equal("error", activity.Severity);
    }

    [Fact]
    public void Classify_Unauthorized_SaysTokenWasRejected()
    {
        var activity = ActivityClassifier.Classify(Captured.Request("GET", "/scim/v2/Users", 401), null, Names);

        Assert.Equal("Rejected GET Users: no valid bearer token", activity.Summary);
    }

    [Fact]
    public void Classify_FilteredListWithResults_IsRead()
    {
        var body = """{"totalResults":1,"Resources":[{}]}""";
        var request = Captured.Request("GET", "/scim/v2/Users", 200,
            query: "filter=userName+eq+%22alice%40contoso.com%22", responseBody: body);

        var activity = ActivityClassifier.Classify(request, JsonNode.Parse(body), Names);

        Assert.Equal(EventTypes.Read, activity.EventType);
        Assert.False(activity.IsKeepalive);
        Assert.Equal("Searched Users for userName eq \"alice@contoso.com\": 1 result", activity.Summary);
    }

    [Fact]
    public void Classify_WriteWithoutChanges_IsNoChange()
    {
        var group = Captured.Json("""{"displayName":"Sales"}""");

        var activity = Classify("PATCH", "/scim/v2/Groups/g-1", 204, new ResourceChange("Group", "g-1", group, group, [], []));

        Assert.Equal(EventTypes.NoChange, activity.EventType);
    }

    private static ActivityEvent Classify(string method, string path, int status, ResourceChange change) =>
        ActivityClassifier.Classify(Captured.Request(method, path, status, changes: change), null, Names);
}
