using System.Net;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ScimFunctions.Durability.Lease;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Durability;

public sealed class WriterLeaseMiddlewareTests : IDisposable
{
    private readonly ScimToolFactory _factory = new();
    private readonly HttpClient _client;

    public WriterLeaseMiddlewareTests()
    {
        var lease = new Mock<IWriterLease>();
        lease.SetupGet(l => l.Mode).Returns("blob lease");
        // Answers the attempt without holding the lease, so start-up does not wait out a lease period.
        lease.Setup(l => l.TryAcquireAsync(It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var factory = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton(lease.Object)));
        _client = factory.CreateClient();
        _client.DefaultRequestHeaders.Authorization = new("Bearer", ScimToolFactory.ScimToken);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Post_WithoutWriterLease_IsServiceUnavailableScimError()
    {
        using var content = new StringContent("{}", Encoding.UTF8, "application/scim+json");

        var response = await _client.PostAsync("/scim/v2/Users", content);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":\"503\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithoutWriterLease_IsServed()
    {
        var response = await _client.GetAsync("/scim/v2/NoSuchThing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
