using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Tests.Scim.Filters;

/// <summary>Malformed input of any shape is a 400, never an unhandled exception (a 500).</summary>
public sealed class FilterParserRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "userName", "emails", "name.givenName", "manager", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:",
        "urn:x:", " eq ", " ne ", " co ", " gt ", " pr", " and ", " or ", "not", "(", ")", "[", "]", ".value",
        "\"", "\"a b\"", "\\", "\\u", "\\ud800", "true", "null", "1e999", "-", ":", ".", " ", "type eq \"work\"",
    ];

    [Theory]
    [InlineData("userName eq \"\\ud800\"")]
    [InlineData("userName eq \"\\u12\"")]
    [InlineData("urn:")]
    [InlineData("urn:x")]
    [InlineData("urn::")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("[")]
    [InlineData("]")]
    [InlineData("emails[]")]
    [InlineData("emails[].value eq \"x\"")]
    [InlineData("meta.lastModified gt 1e999")]
    public void Parse_EdgeInputs_FailOnlyWithScimException(string filter)
    {
        var error = Record.Exception(() => FilterParser.Parse(filter, ScimSchemas.UserType));

        Assert.True(error is null or ScimException { Status: 400 }, error?.ToString());
    }

    [Fact]
    public void ParseAndEvaluate_RandomInputs_FailOnlyWithScimException()
    {
        var random = new Random(2100);
        var user = JsonNode.Parse("""{"userName":"a","emails":[{"type":"work","value":"x"}]}""")!.AsObject();

        for (var round = 0; round < 3000; round++)
        {
            var filter = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => Pieces[random.Next(Pieces.Length)]));

            var error = Record.Exception(() => Run(filter, user));

            Assert.True(error is null or ScimException { Status: 400 }, $"{filter}: {error}");
        }
    }

    private static void Run(string text, JsonObject user)
    {
        try
        {
            PatchPathParser.Parse(text, ScimSchemas.UserType);
        }
        catch (ScimException)
        {
            // The path parser is exercised for crashes only; the filter below must also hold up.
        }

        FilterEvaluator.Matches(FilterParser.Parse(text, ScimSchemas.UserType), user, ScimSchemas.UserType);
    }
}
