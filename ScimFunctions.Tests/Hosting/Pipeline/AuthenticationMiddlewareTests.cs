using ScimFunctions.Hosting.Pipeline;

namespace ScimFunctions.Tests.Hosting.Pipeline;

public sealed class AuthenticationMiddlewareTests
{
    private static readonly string[] Secrets = ["current-secret", "next-secret"];

    [Theory]
    [InlineData("Bearer current-secret")]
    [InlineData("Bearer next-secret")]
    [InlineData("bearer current-secret")]
    [InlineData("Bearer  current-secret ")]
    public void IsAuthorized_AcceptedSecret_IsTrue(string header)
    {
        Assert.True(AuthenticationMiddleware.IsAuthorized(header, Secrets));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer current-secre")]
    [InlineData("Bearer current-secret-and-more")]
    [InlineData("Basic current-secret")]
    [InlineData("current-secret")]
    public void IsAuthorized_AnythingElse_IsFalse(string? header)
    {
        Assert.False(AuthenticationMiddleware.IsAuthorized(header, Secrets));
    }

    [Fact]
    public void IsAuthorized_NoSecretsConfigured_RejectsEverything()
    {
        Assert.False(AuthenticationMiddleware.IsAuthorized("Bearer ", []));
        Assert.False(AuthenticationMiddleware.IsAuthorized("Bearer anything", []));
    }
}
