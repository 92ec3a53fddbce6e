using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Patch;

namespace ScimFunctions.Tests.Scim.Patch;

public sealed class PatchDocumentTests
{
    [Theory]
    [InlineData("add", PatchOp.Add)]
    [InlineData("Add", PatchOp.Add)] // B-05, B-06: Entra's capitalised ops
    [InlineData("ADD", PatchOp.Add)]
    [InlineData("Replace", PatchOp.Replace)]
    [InlineData("remove", PatchOp.Remove)]
    [InlineData("Remove", PatchOp.Remove)]
    public void Parse_OpInAnyLetterCase_IsMatched(string op, PatchOp expected)
    {
        var document = PatchTestData.Patch($$"""[{"op":"{{op}}","path":"displayName","value":"x"}]""");

        Assert.Equal(expected, Assert.Single(document.Operations).Op);
    }

    [Fact]
    public void Parse_SeveralOperations_KeepsOrderPathAndValue()
    {
        var document = PatchTestData.Patch("""
            [{"op":"Replace","path":"emails[type eq \"work\"].value","value":"a@example.com"},
             {"op":"Replace","path":"name.familyName","value":"NewFamily"},
             {"op":"remove","path":"title"}]
            """);

        Assert.Equal(3, document.Operations.Count);
        Assert.Equal("emails[type eq \"work\"].value", document.Operations[0].Path);
        Assert.Equal("NewFamily", document.Operations[1].Value!.GetValue<string>());
        Assert.Null(document.Operations[2].Value);
    }

    [Fact]
    public void Parse_PathlessOperation_HasNullPath()
    {
        var document = PatchTestData.Patch("""[{"op":"replace","value":{"displayName":"x"}}]""");

        Assert.Null(Assert.Single(document.Operations).Path);
    }

    [Theory]
    [InlineData("""{"Operations":[{"op":"add","path":"title","value":"x"}]}""")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"Operations":[{"op":"add","value":{}}]}""")]
    [InlineData("""{"schemas":"urn:ietf:params:scim:api:messages:2.0:PatchOp","Operations":[]}""")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]}""")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[]}""")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":{}}""")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[42]}""")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"path":"title"}]}""")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"move","path":"title"}]}""")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":1,"path":"title"}]}""")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":7}]}""")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":" "}]}""")]
    public void Parse_MalformedBody_ThrowsInvalidSyntax(string body)
    {
        var error = Assert.Throws<ScimException>(() => PatchDocument.Parse(JsonNode.Parse(body)!.AsObject()));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimType.InvalidSyntax, error.ScimType);
    }

    [Fact]
    public void Parse_BadOp_NamesOperationNumber()
    {
        var error = Assert.Throws<ScimException>(() => PatchTestData.Patch("""
            [{"op":"add","path":"title","value":"x"},{"op":"upsert","path":"title","value":"y"}]
            """));

        Assert.Contains("Operation 2", error.Message, StringComparison.Ordinal);
    }
}
