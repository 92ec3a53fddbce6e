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

    [Theory]
    [InlineData("application/json; charset=utf8")]
    [InlineData("application/scim+json; charset=\"UTF-8\"")]
    [InlineData("application/scim+json; Charset=us-ascii")]
    [InlineData("application/scim+json; profile=x")]
    public void IsJsonMediaType_Utf8CharsetSpellings_AreAccepted(string contentType)
    {
        Assert.True(RequestChecksMiddleware.IsJsonMediaType(contentType));
    }

    [Theory]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/scim+json; charset=utf-16")]
    [InlineData("application/scim+json; charset=\"windows-1252\"")]
    public void IsJsonMediaType_OtherCharsets_AreRejected(string contentType)
    {
        // Breaker: the body was read as UTF-8 whatever the label, so Latin-1 bytes became a 500.
        Assert.False(RequestChecksMiddleware.IsJsonMediaType(contentType));
    }
}
