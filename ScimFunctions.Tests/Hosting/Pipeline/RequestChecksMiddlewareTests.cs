using ScimFunctions.Hosting.Pipeline;

namespace ScimFunctions.Tests.Hosting.Pipeline;

public sealed class RequestChecksMiddlewareTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("application/scim+json")]
    [InlineData("application/scim+json; charset=utf-8")]
    [InlineData("Application/JSON")]
    [InlineData("application/json;charset=UTF-8")]
    public void IsJsonMediaType_ScimOrJson_IsAccepted(string? contentType)
    {
        // B-26: Entra sends application/scim+json; charset=utf-8 and must be understood.
        Assert.True(RequestChecksMiddleware.IsJsonMediaType(contentType));
    }

    [Theory]
    [InlineData("text/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain; charset=utf-8")]
    public void IsJsonMediaType_OtherTypes_AreRejected(string contentType)
    {
        Assert.False(RequestChecksMiddleware.IsJsonMediaType(contentType));
    }
}
