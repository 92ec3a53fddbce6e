using System.Text.Json.Nodes;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Tests.Scim.Filters;

public sealed class FilterEvaluatorTests
{
    private static readonly JsonObject User = JsonNode.Parse("""
        {
          "id": "u-1001",
          "externalId": "Ext-One",
          "userName": "user.one@example.com",
          "displayName": "Given Family",
          "active": true,
          "title": "",
          "name": { "givenName": "Given", "familyName": "Family" },
          "emails": [
            { "value": "user.one@example.com", "type": "work", "primary": true },
            { "value": "one@home.example", "type": "home" }
          ],
          "meta": { "created": "2024-01-01T10:00:00Z", "lastModified": "2024-03-01T12:00:00+02:00" },
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": "E-1001",
            "manager": { "value": "u-1002" }
          },
          "urn:example:custom:2.0:User": { "level": 4, "badge": "Blue" }
        }
        """)!.AsObject();

    [Theory]
    [InlineData("userName eq \"USER.ONE@EXAMPLE.COM\"", true)] // E-06: userName is caseExact false
    [InlineData("displayName eq \"given family\"", true)]
    [InlineData("emails.value eq \"USER.ONE@example.com\"", true)]
    [InlineData("externalId eq \"ext-one\"", false)] // externalId is caseExact true
    [InlineData("externalId eq \"Ext-One\"", true)]
    [InlineData("id eq \"U-1001\"", false)]
    [InlineData("id eq \"u-1001\"", true)]
    public void Matches_StringEquality_HonoursCaseExact(string filter, bool expected)
    {
        Assert.Equal(expected, Matches(filter));
    }

    [Theory]
    [InlineData("userName co \"ONE@\"", true)]
    [InlineData("userName sw \"user.\"", true)]
    [InlineData("userName ew \"EXAMPLE.COM\"", true)]
    [InlineData("userName sw \"one\"", false)]
    [InlineData("externalId co \"ext\"", false)]
    [InlineData("displayName gt \"a\"", true)]
    [InlineData("displayName lt \"a\"", false)]
    [InlineData("displayName ge \"GIVEN FAMILY\"", true)]
    [InlineData("displayName le \"given family\"", true)]
    public void Matches_SubstringAndOrdering_CompareStrings(string filter, bool expected)
    {
        Assert.Equal(expected, Matches(filter));
    }

    [Theory]
    [InlineData("emails[type eq \"home\"]", true)]
    [InlineData("emails[type eq \"work\" and value ew \"home.example\"]", false)]
    [InlineData("emails[type eq \"home\"].value eq \"one@home.example\"", true)]
    [InlineData("emails[type eq \"work\"].value eq \"one@home.example\"", false)] // one element must satisfy both
    [InlineData("emails.type eq \"home\"", true)]
    [InlineData("emails[primary eq true].type eq \"work\"", true)]
    [InlineData("emails[not (primary eq true)].type eq \"home\"", true)]
    public void Matches_MultiValued_MatchesWhenAnyElementMatches(string filter, bool expected)
    {
        Assert.Equal(expected, Matches(filter));
    }

    [Theory]
    [InlineData("userName pr", true)]
    [InlineData("title pr", false)] // empty string is not present
    [InlineData("nickName pr", false)]
    [InlineData("emails pr", true)]
    [InlineData("phoneNumbers pr", false)]
    [InlineData("name pr", true)]
    [InlineData("title eq null", true)]
    [InlineData("userName ne null", true)]
    [InlineData("nickName ne \"x\"", false)] // no value matches neither eq nor ne
    [InlineData("userName ne \"someone.else\"", true)]
    [InlineData("not (nickName eq \"x\")", true)]
    public void Matches_PresenceAndNe_FollowDocumentedSemantics(string filter, bool expected)
    {
        Assert.Equal(expected, Matches(filter));
    }

    [Theory]
    [InlineData("meta.lastModified gt \"2024-03-01T09:59:59Z\"", true)] // 12:00+02:00 is 10:00Z
    [InlineData("meta.lastModified gt \"2024-03-01T10:00:00Z\"", false)]
    [InlineData("meta.lastModified eq \"2024-03-01T10:00:00Z\"", true)]
    [InlineData("meta.created lt \"2024-01-01T11:00:00+00:00\"", true)]
    public void Matches_DateTimes_CompareAsInstants(string filter, bool expected)
    {
        Assert.Equal(expected, Matches(filter));
    }

    [Theory]
    [InlineData("id eq \"u-1001\" and manager eq \"u-1002\"", true)] // E-12
    [InlineData("id eq \"u-1001\" and manager eq \"u-9999\"", false)]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"e-1001\"", true)]
    [InlineData("urn:example:custom:2.0:User:level gt 3", true)]
    [InlineData("urn:example:custom:2.0:User:level gt 4", false)]
    [InlineData("urn:example:custom:2.0:User:badge eq \"blue\"", true)]
    [InlineData("active eq true", true)]
    [InlineData("active ne true", false)]
    [InlineData("active eq \"False\"", false)]
    [InlineData("manager[value eq \"u-1002\"]", true)]
    public void Matches_ExtensionsAndBooleans_Evaluate(string filter, bool expected)
    {
        Assert.Equal(expected, Matches(filter));
    }

    [Fact]
    public void MatchesElement_MemberObject_EvaluatesRelativePaths()
    {
        var members = ScimSchemas.Group.FindAttribute("members");
        var filter = FilterParser.ParseElementFilter(
            "value eq \"u-1\" or value eq \"u-2\"",
            new ResolvedPath(new AttributePath(null, "members"), members, null),
            ScimSchemas.GroupType);

        Assert.True(FilterEvaluator.MatchesElement(filter, JsonNode.Parse("""{"value":"u-2"}""")!, members));
        Assert.False(FilterEvaluator.MatchesElement(filter, JsonNode.Parse("""{"value":"U-2"}""")!, members));
    }

    private static bool Matches(string filter) =>
        FilterEvaluator.Matches(FilterParser.Parse(filter, ScimSchemas.UserType), User, ScimSchemas.UserType);
}
