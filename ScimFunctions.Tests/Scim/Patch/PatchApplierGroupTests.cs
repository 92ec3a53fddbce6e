using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Patch;
using static ScimFunctions.Tests.Scim.Patch.PatchTestData;

namespace ScimFunctions.Tests.Scim.Patch;

/// <summary>Group PATCH: member operations become deltas, never a rewrite of the list.</summary>
public sealed class PatchApplierGroupTests
{
    [Fact]
    public void Apply_E40_RenameLeavesMembersAlone()
    {
        var result = ApplyToGroup("""[{"op":"Replace","path":"displayName","value":"Team Alpha Renamed"}]""");

        Assert.Equal("Team Alpha Renamed", (string?)result.Resource["displayName"]);
        Assert.True(result.Members.IsEmpty);
        Assert.False(result.Resource.ContainsKey("members"));
    }

    [Fact]
    public void Apply_B04_PathlessRenameAndExternalIdLeaveMembersAlone()
    {
        var result = ApplyToGroup("""
            [{"op":"replace","value":{"displayName":"Team Alpha Renamed"}},
             {"op":"replace","path":"externalId","value":"ext-2"}]
            """);

        Assert.True(result.Members.IsEmpty);
        Assert.Equal("ext-2", (string?)result.Resource["externalId"]);
    }

    [Theory]
    [InlineData("Add")] // E-41
    [InlineData("add")] // B-05
    [InlineData("ADD")]
    public void Apply_E41_AddMembersBecomesAddedDelta(string op)
    {
        var result = ApplyToGroup($$"""
            [{"op":"{{op}}","path":"members","value":[{"$ref":null,"value":"u-1001"},{"value":"u-1003","display":"Three"}]}]
            """);

        Assert.Equal(["u-1001", "u-1003"], result.Members.Added.Select(member => member.Value));
        Assert.Equal("Three", result.Members.Added[1].Display);
        Assert.False(result.Members.ClearAll);
        Assert.Empty(result.Members.Removed);
    }

    [Fact]
    public void Apply_E42_RemoveWithValueArrayRemovesOnlyThoseMembers()
    {
        // B-02: compatibility rule "remove with a value list removes only those values".
        var result = ApplyToGroup("""[{"op":"Remove","path":"members","value":[{"$ref":null,"value":"u-1001"}]}]""");

        Assert.Equal(["u-1001"], result.Members.Removed);
        Assert.False(result.Members.ClearAll);
        Assert.Empty(result.Members.Added);
    }

    [Fact]
    public void Apply_E43_RemoveByValueFilterRemovesThatMember()
    {
        var result = ApplyToGroup("""[{"op":"remove","path":"members[value eq \"u-1001\"]"}]""");

        Assert.Equal(["u-1001"], result.Members.Removed);
        Assert.False(result.Members.ClearAll);
    }

    [Fact]
    public void Apply_E43_OrOfValueFiltersRemovesEach()
    {
        var result = ApplyToGroup("""[{"op":"remove","path":"members[value eq \"u-1\" or Value EQ \"u-2\"]"}]""");

        Assert.Equal(["u-1", "u-2"], result.Members.Removed);
    }

    [Fact]
    public void Apply_RemoveMembersWithoutValue_ClearsAll()
    {
        var result = ApplyToGroup("""[{"op":"remove","path":"members"}]""");

        Assert.True(result.Members.ClearAll);
    }

    [Fact]
    public void Apply_ReplaceMembers_ClearsThenAdds()
    {
        var result = ApplyToGroup("""[{"op":"replace","path":"members","value":[{"value":"u-1"}]}]""");

        Assert.True(result.Members.ClearAll);
        Assert.Equal("u-1", Assert.Single(result.Members.Added).Value);
    }

    [Fact]
    public void Apply_PathlessMembers_BecomeDeltas()
    {
        var result = ApplyToGroup("""[{"op":"add","value":{"members":[{"value":"u-1"}],"displayName":"New"}}]""");

        Assert.Equal("u-1", Assert.Single(result.Members.Added).Value);
        Assert.Equal("New", (string?)result.Resource["displayName"]);
        Assert.False(result.Resource.ContainsKey("members"));
    }

    [Fact]
    public void Apply_B01_AddThenRemoveSameMemberNetsToRemoval()
    {
        var result = ApplyToGroup("""
            [{"op":"add","path":"members","value":[{"value":"u-1"},{"value":"u-1"},{"value":"u-2"}]},
             {"op":"remove","path":"members[value eq \"u-1\"]"}]
            """);

        Assert.Equal("u-2", Assert.Single(result.Members.Added).Value);
        Assert.Equal(["u-1"], result.Members.Removed);
    }

    [Theory]
    [InlineData("""{"op":"remove","path":"members[display eq \"Three\"]"}""", ScimType.InvalidFilter)]
    [InlineData("""{"op":"remove","path":"members[value ne \"u-1\"]"}""", ScimType.InvalidFilter)]
    [InlineData("""{"op":"remove","path":"members[value eq \"u-1\" and type eq \"User\"]"}""", ScimType.InvalidFilter)]
    [InlineData("""{"op":"add","path":"members","value":[{"display":"no id"}]}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"add","path":"members","value":[{"value":""}]}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"add","path":"members","value":["u-1"]}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"add","path":"members"}""", ScimType.InvalidValue)]
    [InlineData("""{"op":"add","path":"members[value eq \"u-1\"]","value":[{"value":"u-1"}]}""", ScimType.InvalidPath)]
    [InlineData("""{"op":"replace","path":"members.display","value":"x"}""", ScimType.InvalidPath)]
    [InlineData("""{"op":"remove","path":"displayName"}""", ScimType.InvalidValue)]
    public void Apply_InvalidMemberOperation_Throws400(string operation, string scimType)
    {
        var error = Assert.Throws<ScimException>(() => ApplyToGroup($"[{operation}]"));

        Assert.Equal(400, error.Status);
        Assert.Equal(scimType, error.ScimType);
    }

    [Fact]
    public void Apply_GroupResult_CarriesNoPassword()
    {
        PatchResult result = ApplyToGroup("""[{"op":"add","path":"members","value":[{"value":"u-1"}]}]""");

        Assert.Null(result.NewPassword);
    }
}
