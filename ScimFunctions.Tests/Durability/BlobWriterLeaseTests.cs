using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ScimFunctions.Durability.Lease;

namespace ScimFunctions.Tests.Durability;

public sealed class BlobWriterLeaseTests : IClassFixture<AzuriteFixture>
{
    private readonly BlobClient _blob;

    public BlobWriterLeaseTests(AzuriteFixture azurite)
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(WriterLeaseFactory.ContainerName);
        _blob = container.GetBlobClient($"writer-{Guid.NewGuid():N}");
    }

    [Fact]
    public async Task TryAcquireAsync_FreeLease_IsHeld()
    {
        await using var lease = NewLease();

        var acquired = await lease.TryAcquireAsync(CancellationToken.None);

        Assert.True(acquired);
        Assert.True(lease.IsHeld);
        Assert.Equal(1, lease.Epoch);
        Assert.Equal(Azure.Storage.Blobs.Models.LeaseState.Leased, (await _blob.GetPropertiesAsync()).Value.LeaseState);
    }

    [Fact]
    public async Task TryAcquireAsync_HeldByAnotherInstance_IsRefused()
    {
        await using var first = NewLease();
        await using var second = NewLease();
        await first.TryAcquireAsync(CancellationToken.None);

        var acquired = await second.TryAcquireAsync(CancellationToken.None);

        Assert.False(acquired);
        Assert.False(second.IsHeld);
        Assert.False(new WriterAuthority(second).CanWrite);
    }

    [Fact]
    public async Task ReleaseAsync_ThenOtherInstance_TakesOver()
    {
        await using var first = NewLease();
        await using var second = NewLease();
        await first.TryAcquireAsync(CancellationToken.None);

        await first.ReleaseAsync(CancellationToken.None);
        var acquired = await second.TryAcquireAsync(CancellationToken.None);

        Assert.False(first.IsHeld);
        Assert.True(acquired);
    }

    [Fact]
    public async Task Renewal_WhenDue_KeepsLeaseAgainstOthers()
    {
        var time = new FakeTimeProvider();
        await using var first = NewLease(time);
        await using var second = NewLease();
        await first.TryAcquireAsync(CancellationToken.None);

        var renewal = first.NextRenewalAttempt;

        time.Advance(TimeSpan.FromSeconds(6));
        await renewal;

        Assert.True(first.IsHeld);
        Assert.False(await second.TryAcquireAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Renewal_LeaseBrokenByOthers_StopsWriting()
    {
        var time = new FakeTimeProvider();
        await using var first = NewLease(time);
        await first.TryAcquireAsync(CancellationToken.None);
        await _blob.GetBlobLeaseClient().BreakAsync(TimeSpan.Zero);
        await using var second = NewLease();
        await second.TryAcquireAsync(CancellationToken.None);

        var renewal = first.NextRenewalAttempt;

        time.Advance(TimeSpan.FromSeconds(6));
        await renewal;

        Assert.False(first.IsHeld);
        Assert.True(second.IsHeld);
    }

    private BlobWriterLease NewLease(TimeProvider? time = null) =>
        new(_blob, TimeSpan.FromSeconds(15), time ?? TimeProvider.System, NullLogger.Instance);
}
