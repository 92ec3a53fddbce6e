using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Tests.Scim.Patch;

public sealed class PatchPathParserTests
{
    private const string Enterprise = ScimSchemas.EnterpriseUserUrn;

    [Theory]
    [InlineData("nickName", null, "nickName", null)]
    [InlineData("NAME.givenname", null, "name", "givenName")]
    [InlineData(Enterprise + ":employeeNumber", Enterprise, "employeeNumber", null)]
    [InlineData(Enterprise + ":manager.value", Enterprise, "manager", "value")]
    [InlineData("manager", Enterprise, "manager", null)] // E-30: bare extension attribute
    [InlineData(ScimSchemas.UserUrn + ":userName", null, "userName", null)]
    [InlineData("urn:example:custom:2.0:User:badge", "urn:example:custom:2.0:User", "badge", null)]
    public void Parse_AttributePaths_ResolveCanonically(string text, string? urn, string attribute, string? sub)
    {
        var path = PatchPathParser.Parse(text, ScimSchemas.UserType);

        Assert.Equal(new AttributePath(urn, attribute), path.Attribute.Path);
        Assert.Equal(sub, path.SubName);
        Assert.Null(path.Filter);
    }

    [Fact]
    public void Parse_FilterWithCapitalisedSubAttribute_ResolvesBoth()
    {
        // E-28: the Entra mapping table writes addresses[type eq "other"].Formatted
        var path = PatchPathParser.Parse("addresses[type eq \"other\"].Formatted", ScimSchemas.UserType);

        Assert.Equal(new AttributePath(null, "addresses"), path.Attribute.Path);
        Assert.Equal("formatted", path.SubName);
        Assert.IsType<ComparisonFilter>(path.Filter);
    }

    [Fact]
    public void Parse_FilterWithBracketInsideString_FindsClosingBracket()
    {
        var path = PatchPathParser.Parse("emails[value eq \"a]b\"].primary", ScimSchemas.UserType);

        Assert.Equal("a]b", Assert.IsType<ComparisonFilter>(path.Filter).Value!.GetValue<string>());
        Assert.Equal("primary", path.SubName);
    }

    [Theory]
    [InlineData("nickname2")]
    [InlineData("name.nothing")]
    [InlineData("userName.sub")]
    [InlineData("emails[type eq \"work\"")]
    [InlineData("emails[type eq \"work\"]value")]
    [InlineData("emails[type eq \"work\"].nothing")]
    [InlineData("userName[value eq \"x\"]")]
    [InlineData(Enterprise + ":badge")]
    public void Parse_InvalidPath_ThrowsInvalidPath(string text)
    {
        var error = Assert.Throws<ScimException>(() => PatchPathParser.Parse(text, ScimSchemas.UserType));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimType.InvalidPath, error.ScimType);
    }

    [Fact]
    public void Parse_BadFilterInPath_ThrowsInvalidFilter()
    {
        var error = Assert.Throws<ScimException>(
            () => PatchPathParser.Parse("emails[type zz \"work\"].value", ScimSchemas.UserType));

        Assert.Equal(ScimType.InvalidFilter, error.ScimType);
    }
}
