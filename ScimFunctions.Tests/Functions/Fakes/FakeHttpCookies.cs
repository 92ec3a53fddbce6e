using Microsoft.Azure.Functions.Worker.Http;

namespace ScimFunctions.Tests.Functions.Fakes;

/// <summary>Cookies the service never sets; appending one in a test is a defect worth seeing.</summary>
internal sealed class FakeHttpCookies : HttpCookies
{
    public override void Append(string name, string value) => throw Unexpected();

    public override void Append(IHttpCookie cookie) => throw Unexpected();

    public override IHttpCookie CreateNew() => throw Unexpected();

    private static InvalidOperationException Unexpected() => new("The SCIM service sets no cookies.");
}
