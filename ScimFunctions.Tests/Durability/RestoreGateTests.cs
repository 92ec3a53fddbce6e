using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ScimFunctions.Durability;
using ScimFunctions.Durability.Stores;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Durability;

public sealed class RestoreGateTests : IDisposable
{
    private readonly ScimToolFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Request_DuringSlowRestore_WaitsThenSucceeds()
    {
        var store = new SlowStore(new LocalFolderStore(Path.Combine(_factory.DataRoot, "slow")));
        using var factory = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton(new DurabilityTarget(store, NullLogger.Instance))));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ScimToolFactory.AdminToken);
        await store.ListingStarted.Task;

        var waiting = client.GetAsync("/scim/admin/backup/stats");
        var health = JsonNode.Parse(await client.GetStringAsync("/scim/health"))!;

        Assert.Equal("restoring", (string?)health["status"]);
        Assert.False(waiting.IsCompleted);
        store.Release.SetResult();
        var response = await waiting;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("done", (string?)body["restore"]!["state"]);
    }

    [Fact]
    public async Task Request_WhileRestoreFails_IsServiceUnavailable()
    {
        var store = new Mock<IBackupStore>();
        store.Setup(s => s.Description).Returns("unreachable store");
        store.Setup(s => s.ListAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("network down"));
        using var factory = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton(new DurabilityTarget(store.Object, NullLogger.Instance))));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ScimToolFactory.ScimToken);

        var response = await client.GetAsync("/scim/v2/Users");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("10", response.Headers.RetryAfter?.ToString());
    }

    /// <summary>A store whose first listing (the start-up restore's) waits until released.</summary>
    private sealed class SlowStore(IBackupStore inner) : IBackupStore
    {
        public TaskCompletionSource ListingStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Description => inner.Description;

        public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellation)
        {
            ListingStarted.TrySetResult();
            await Release.Task.WaitAsync(cancellation);
            return await inner.ListAsync(cancellation);
        }

        public Task UploadAsync(string name, Stream content, CancellationToken cancellation) =>
            inner.UploadAsync(name, content, cancellation);

        public Task DownloadAsync(string name, Stream destination, CancellationToken cancellation) =>
            inner.DownloadAsync(name, destination, cancellation);

        public Task DeleteAsync(string name, CancellationToken cancellation) => inner.DeleteAsync(name, cancellation);
    }
}
