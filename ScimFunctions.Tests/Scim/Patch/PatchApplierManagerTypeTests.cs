using ScimFunctions.Scim.Errors;
using static ScimFunctions.Tests.Scim.Patch.PatchTestData;

namespace ScimFunctions.Tests.Scim.Patch;

/// <summary>A manager whose id is not a string is refused, as a POST refuses it.</summary>
public sealed class PatchApplierManagerTypeTests
{
    [Theory]
    [InlineData("""{"op":"replace","path":"manager","value":{"value":123}}""")]
    [InlineData("""{"op":"add","path":"manager","value":[{"value":true}]}""")]
    [InlineData("""{"op":"remove","path":"manager","value":{"value":{"id":"u-1002"}}}""")]
    public void Apply_ManagerIdNotAString_IsInvalidValueAndManagerKept(string operation)
    {
        // Breaker: {"value":123} read as "no id", so the manager was silently removed with a 200.
        var user = User();
        user[Enterprise] = JsonOf("""{"manager":{"value":"u-1002"}}""");

        var error = Assert.Throws<ScimException>(() => ApplyToUser(user, $"[{operation}]"));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimType.InvalidValue, error.ScimType);
        Assert.Equal("u-1002", (string?)EnterpriseOf(user)["manager"]!["value"]);
    }
}
