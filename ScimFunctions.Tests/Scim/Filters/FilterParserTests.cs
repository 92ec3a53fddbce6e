using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Tests.Scim.Filters;

public sealed class FilterParserTests
{
    private const string Enterprise = ScimSchemas.EnterpriseUserUrn;

    [Theory]
    [InlineData("eq", ComparisonOperator.Eq)]
    [InlineData("ne", ComparisonOperator.Ne)]
    [InlineData("co", ComparisonOperator.Co)]
    [InlineData("sw", ComparisonOperator.Sw)]
    [InlineData("ew", ComparisonOperator.Ew)]
    [InlineData("gt", ComparisonOperator.Gt)]
    [InlineData("ge", ComparisonOperator.Ge)]
    [InlineData("lt", ComparisonOperator.Lt)]
    [InlineData("le", ComparisonOperator.Le)]
    [InlineData("EQ", ComparisonOperator.Eq)]
    [InlineData("Sw", ComparisonOperator.Sw)]
    public void Parse_EveryComparisonOperator_ReadsOperatorWithoutRegardToCase(string op, ComparisonOperator expected)
    {
        var node = Parse($"userName {op} \"bjensen\"");

        var comparison = Assert.IsType<ComparisonFilter>(node);
        Assert.Equal(expected, comparison.Operator);
        Assert.Equal(new AttributePath(null, "userName"), comparison.Path);
        Assert.Equal("bjensen", comparison.Value!.GetValue<string>());
    }

    [Fact]
    public void Parse_Present_ReadsPresentFilter()
    {
        var node = Parse("title PR");

        Assert.Equal(new PresentFilter(new AttributePath(null, "title")), node);
    }

    [Fact]
    public void Parse_AndOr_AndBindsTighterThanOr()
    {
        var node = Parse("title pr or userType eq \"a\" and active eq true");

        var or = Assert.IsType<LogicalFilter>(node);
        Assert.Equal(LogicalOperator.Or, or.Operator);
        Assert.IsType<PresentFilter>(or.Left);
        Assert.Equal(LogicalOperator.And, Assert.IsType<LogicalFilter>(or.Right).Operator);
    }

    [Fact]
    public void Parse_Parentheses_OverridePrecedence()
    {
        var node = Parse("(title pr OR userType eq \"a\") AND active eq true");

        var and = Assert.IsType<LogicalFilter>(node);
        Assert.Equal(LogicalOperator.And, and.Operator);
        Assert.Equal(LogicalOperator.Or, Assert.IsType<LogicalFilter>(and.Left).Operator);
    }

    [Fact]
    public void Parse_Not_WrapsGroup()
    {
        var node = Parse("Not (title pr)");

        Assert.Equal(new NotFilter(new PresentFilter(new AttributePath(null, "title"))), node);
    }

    [Theory]
    [InlineData("displayName eq \"Two Words\"", "Two Words")] // B-24
    [InlineData("userName eq \"non-existent user\"", "non-existent user")] // E-07
    [InlineData("displayName eq \"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("displayName eq \"back\\\\slash\"", "back\\slash")]
    [InlineData("displayName eq \"caf\\u00e9\"", "café")]
    [InlineData("displayName eq \"\"", "")]
    public void Parse_QuotedString_IsDecodedAsJsonString(string filter, string expected)
    {
        var node = Parse(filter);

        Assert.Equal(expected, Assert.IsType<ComparisonFilter>(node).Value!.GetValue<string>());
    }

    [Fact]
    public void Parse_PascalCaseAttribute_ResolvesToCanonicalSpelling()
    {
        // B-40
        var node = Parse("DisplayName eq \"SomeName\"");

        Assert.Equal(new AttributePath(null, "displayName"), Assert.IsType<ComparisonFilter>(node).Path);
    }

    [Fact]
    public void Parse_UnquotedValue_IsReadAsString()
    {
        // E-08, B-21: compatibility rule "unquoted filter values".
        var node = Parse("externalId eq user.one");

        var comparison = Assert.IsType<ComparisonFilter>(node);
        Assert.Equal(new AttributePath(null, "externalId"), comparison.Path);
        Assert.Equal("user.one", comparison.Value!.GetValue<string>());
    }

    [Fact]
    public void Parse_UnquotedNumberOnStringAttribute_IsReadAsString()
    {
        var node = Parse("externalId eq 12345");

        Assert.Equal("12345", Assert.IsType<ComparisonFilter>(node).Value!.GetValue<string>());
    }

    [Fact]
    public void Parse_ManagerCheckLegacyShape_ComparesManagerValue()
    {
        // E-12
        var node = Parse("id eq \"u-1001\" and manager eq \"u-1002\"");

        var and = Assert.IsType<LogicalFilter>(node);
        Assert.Equal(new AttributePath(null, "id"), Assert.IsType<ComparisonFilter>(and.Left).Path);
        Assert.Equal(new AttributePath(Enterprise, "manager", "value"), Assert.IsType<ComparisonFilter>(and.Right).Path);
    }

    [Theory]
    [InlineData(Enterprise + ":employeeNumber eq \"E-1\"", Enterprise, "employeeNumber", null)]
    [InlineData(
        "URN:IETF:params:scim:schemas:extension:enterprise:2.0:User:EmployeeNumber eq \"E-1\"",
        Enterprise,
        "employeeNumber",
        null)]
    [InlineData(Enterprise + ":manager.value eq \"u-1\"", Enterprise, "manager", "value")]
    [InlineData(Enterprise + ":manager eq \"u-1\"", Enterprise, "manager", "value")]
    [InlineData(ScimSchemas.UserUrn + ":userName eq \"a\"", null, "userName", null)]
    [InlineData("name.GivenName eq \"a\"", null, "name", "givenName")]
    [InlineData("urn:example:custom:2.0:User:badge eq \"a\"", "urn:example:custom:2.0:User", "badge", null)]
    public void Parse_QualifiedPaths_ResolveToCanonicalPath(string filter, string? urn, string attribute, string? sub)
    {
        var node = Parse(filter);

        Assert.Equal(new AttributePath(urn, attribute, sub), Assert.IsType<ComparisonFilter>(node).Path);
    }

    [Fact]
    public void Parse_MetaLastModified_AcceptsDate()
    {
        var node = Parse("meta.lastModified gt \"2011-05-13T04:42:34Z\"");

        var comparison = Assert.IsType<ComparisonFilter>(node);
        Assert.Equal(new AttributePath(null, "meta", "lastModified"), comparison.Path);
        Assert.Equal(ComparisonOperator.Gt, comparison.Operator);
    }

    [Fact]
    public void Parse_ValuePath_ParsesElementFilterRelativeToElement()
    {
        var node = Parse("emails[type eq \"work\" and value co \"@example.com\"]");

        var valuePath = Assert.IsType<ValuePathFilter>(node);
        Assert.Equal(new AttributePath(null, "emails"), valuePath.Path);
        var and = Assert.IsType<LogicalFilter>(valuePath.ElementFilter);
        Assert.Equal(new AttributePath(null, "type"), Assert.IsType<ComparisonFilter>(and.Left).Path);
        Assert.Equal(new AttributePath(null, "value"), Assert.IsType<ComparisonFilter>(and.Right).Path);
    }

    [Fact]
    public void Parse_EntraValuePathWithSubAttribute_BecomesOneElementFilter()
    {
        // E-09
        var node = Parse("emails[Type eq \"work\"].Value eq \"user.one@example.com\"");

        var expected = new ValuePathFilter(
            new AttributePath(null, "emails"),
            new LogicalFilter(
                LogicalOperator.And,
                new ComparisonFilter(new AttributePath(null, "type"), ComparisonOperator.Eq, JsonValue.Create("work")),
                new ComparisonFilter(new AttributePath(null, "value"), ComparisonOperator.Eq,
                    JsonValue.Create("user.one@example.com"))));
        Assert.Equal(Describe(expected), Describe(node));
    }

    [Theory]
    [InlineData("active eq true", true)]
    [InlineData("active eq FALSE", false)]
    [InlineData("active eq \"True\"", true)]
    public void Parse_BooleanLiterals_AreBooleans(string filter, bool expected)
    {
        var node = Parse(filter);

        Assert.Equal(expected, Assert.IsType<ComparisonFilter>(node).Value!.GetValue<bool>());
    }

    [Fact]
    public void Parse_Null_IsNullValue()
    {
        var node = Parse("title eq null");

        Assert.Null(Assert.IsType<ComparisonFilter>(node).Value);
    }

    [Fact]
    public void Parse_NumberOnUnknownExtensionAttribute_IsNumber()
    {
        var node = Parse("urn:example:custom:2.0:User:level ge 3.5");

        Assert.Equal(3.5m, Assert.IsType<ComparisonFilter>(node).Value!.GetValue<decimal>());
    }

    [Fact]
    public void Parse_GroupMembersValue_Resolves()
    {
        var node = FilterParser.Parse("members[value eq \"u-1\"]", ScimSchemas.GroupType);

        Assert.Equal(new AttributePath(null, "members"), Assert.IsType<ValuePathFilter>(node).Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("nickname2 eq \"x\"")] // B-40: unknown attribute of a known schema
    [InlineData(Enterprise + ":badge eq \"x\"")]
    [InlineData("name.nothing eq \"x\"")]
    [InlineData("userName.sub eq \"x\"")]
    [InlineData("userName like \"x\"")]
    [InlineData("userName eq")]
    [InlineData("userName")]
    [InlineData("userName eq \"x\" and")]
    [InlineData("(userName eq \"x\"")]
    [InlineData("userName eq \"x\")")]
    [InlineData("emails[type eq \"work\"")]
    [InlineData("emails[type eq \"work\"]]")]
    [InlineData("emails[type eq \"work\"].value")]
    [InlineData("emails[addresses[type eq \"x\"]]")]
    [InlineData("userName eq \"unterminated")]
    [InlineData("userName eq \"bad \\x escape\"")]
    [InlineData("active gt true")] // RFC 7644 §3.4.2.2: gt on a boolean is invalidFilter
    [InlineData("active co \"t\"")]
    [InlineData("active eq \"yes\"")]
    [InlineData("meta.lastModified gt \"yesterday\"")]
    [InlineData("userName gt null")]
    [InlineData("userName eq and")]
    [InlineData("name eq \"x\"")]
    [InlineData("not title pr")]
    [InlineData("userName[type eq \"x\"]")]
    [InlineData(ScimSchemas.GroupUrn + ":displayName eq \"x\"")]
    [InlineData(Enterprise + " pr")]
    [InlineData("urn:example:custom:2.0:User:level co 3")]
    public void Parse_InvalidFilter_ThrowsInvalidFilter(string filter)
    {
        var error = Assert.Throws<ScimException>(() => Parse(filter));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimType.InvalidFilter, error.ScimType);
        Assert.StartsWith("The filter is not valid: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownAttribute_NamesItInDetail()
    {
        var error = Assert.Throws<ScimException>(() => Parse("nickname2 eq \"x\""));

        Assert.Contains("'nickname2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooLong_ThrowsInvalidFilter()
    {
        var filter = "userName eq \"" + new string('a', FilterLimits.MaxLength) + "\"";

        var error = Assert.Throws<ScimException>(() => Parse(filter));

        Assert.Equal(ScimType.InvalidFilter, error.ScimType);
    }

    [Fact]
    public void Parse_TooDeep_ThrowsInvalidFilter()
    {
        var filter = string.Concat(Enumerable.Repeat("not (", 40)) + "title pr" + new string(')', 40);

        var error = Assert.Throws<ScimException>(() => Parse(filter));

        Assert.Equal(ScimType.InvalidFilter, error.ScimType);
    }

    [Fact]
    public void Parse_NestingWithinLimit_Parses()
    {
        var filter = string.Concat(Enumerable.Repeat("(", 20)) + "title pr" + new string(')', 20);

        var node = Parse(filter);

        Assert.IsType<PresentFilter>(node);
    }

    private static FilterNode Parse(string filter) => FilterParser.Parse(filter, ScimSchemas.UserType);

    // JsonValue has reference equality, so records holding one compare by their printed form.
    private static string Describe(FilterNode node) => node switch
    {
        ComparisonFilter c => $"{c.Path} {c.Operator} {c.Value?.ToJsonString() ?? "null"}",
        LogicalFilter l => $"({Describe(l.Left)} {l.Operator} {Describe(l.Right)})",
        NotFilter n => $"not({Describe(n.Inner)})",
        ValuePathFilter v => $"{v.Path}[{Describe(v.ElementFilter)}]",
        PresentFilter p => $"{p.Path} pr",
        _ => node.ToString(),
    };
}
