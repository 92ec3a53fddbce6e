using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Routing;

namespace ScimFunctions.Tests.Hosting.Routing;

public sealed class RouteTableTests
{
    private static readonly RouteHandler Handler = _ => Task.FromResult(AppResponse.NoContent());

    private readonly RouteTable _routes = new([]);

    public RouteTableTests()
    {
        _routes.Map("GET", "/scim/v2/Users", AccessPolicy.Scim, Handler);
        _routes.Map("POST", "/scim/v2/Users", AccessPolicy.Scim, Handler);
        _routes.Map("GET", "/scim/v2/Users/{id}", AccessPolicy.Scim, Handler);
        _routes.Map("GET", "/scim/health", AccessPolicy.Anonymous, Handler);
    }

    [Theory]
    [InlineData("/scim/v2/Users")]
    [InlineData("/scim/v2/users")]
    [InlineData("/SCIM/V2/USERS")]
    [InlineData("/scim/v2/Users/")]
    public void Match_CaseOrTrailingSlashVariant_FindsRoute(string path)
    {
        var match = _routes.Match("GET", path);

        Assert.NotNull(match?.Route);
        Assert.Equal("/scim/v2/Users", match.Route.Template);
    }

    [Fact]
    public void Match_Parameter_CapturesSegmentAsSent()
    {
        var match = _routes.Match("GET", "/scim/v2/Users/AbC-123");

        Assert.Equal("AbC-123", match?.Values["id"]);
    }

    [Fact]
    public void Match_OtherMethodOnly_ReturnsAllowedMethodsWithoutRoute()
    {
        var match = _routes.Match("DELETE", "/scim/v2/Users");

        Assert.NotNull(match);
        Assert.Null(match.Route);
        Assert.Equal(["GET", "POST"], match.AllowedMethods);
        Assert.Equal(AccessPolicy.Scim, match.Access);
    }

    [Fact]
    public void Match_UnknownPath_ReturnsNull()
    {
        Assert.Null(_routes.Match("GET", "/scim/v2/Nothing/here/at/all"));
    }
}
