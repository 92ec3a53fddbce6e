using Azure;
using Moq;
using ScimFunctions.Durability;
using ScimFunctions.Durability.Backup;
using ScimFunctions.Durability.Lease;
using ScimFunctions.Durability.Snapshots;
using ScimFunctions.Durability.Stores;

namespace ScimFunctions.Tests.Durability;

public sealed class BackupJobTests
{
    [Fact]
    public async Task RunAsync_AfterWrite_UploadsVerifiableSnapshotWithMetadata()
    {
        using var harness = new DurabilityHarness();
        await harness.WriteMarkerAsync("one");

        var outcome = await harness.BackUpAsync();

        Assert.Equal(BackupResult.Uploaded, outcome.Result);
        var listed = Assert.Single(await harness.Target.Catalog!.ListAsync(CancellationToken.None));
        Assert.Equal(outcome.Snapshot! with { MemberBytes = null }, listed with { MemberBytes = null });
        Assert.Equal(outcome.Snapshot.MemberBytes, listed.MemberBytes);
        Assert.Equal(1, listed.Generation);
        Assert.Equal(0, listed.Users);
        Assert.Equal(1, listed.SchemaVersion);
        Assert.True(listed.CompressedBytes > 0 && listed.CompressedBytes < listed.DatabaseBytes);
        using var work = new WorkFolder(harness.Root);
        var file = await SnapshotVerifier.FetchAsync(harness.Target.Catalog, listed, work, CancellationToken.None);
        Assert.True(SnapshotFile.QuickCheck(file));
    }

    [Fact]
    public async Task RunAsync_NothingChangedSinceLastSnapshot_UploadsNothing()
    {
        using var harness = new DurabilityHarness();
        await harness.WriteMarkerAsync("one");
        await harness.BackUpAsync();

        var outcome = await harness.BackUpAsync();

        Assert.Equal(BackupResult.Unchanged, outcome.Result);
        Assert.Single(await harness.Target.Catalog!.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_StoreHoldsNewerGeneration_RefusesStaleUpload()
    {
        using var harness = new DurabilityHarness();
        await harness.WriteMarkerAsync("mine");
        await harness.BackUpAsync();
        await UploadForeignGenerationAsync(harness, generation: 7);
        await harness.WriteMarkerAsync("mine, later");

        var outcome = await harness.BackUpAsync();

        Assert.Equal(BackupResult.StaleGeneration, outcome.Result);
        Assert.False(outcome.Succeeded);
        var snapshots = await harness.Target.Catalog!.ListAsync(CancellationToken.None);
        Assert.Equal([7, 1], snapshots.Select(s => s.Generation));
    }

    [Fact]
    public async Task RunAsync_BeforeStartupRestoreFinished_WaitsAndUploadsNothing()
    {
        using var harness = new DurabilityHarness();
        await harness.WriteMarkerAsync("empty start");

        var running = harness.Job.RunAsync(BackupReasons.Schedule, force: false, CancellationToken.None);

        Assert.False(running.IsCompleted);
        Assert.Empty(await harness.Store.ListAsync(CancellationToken.None));
        harness.Gate.Open();
        Assert.Equal(BackupResult.Uploaded, (await running).Result);
    }

    [Fact]
    public async Task RunAsync_ShutdownBeforeRestoreFinished_IsNotReady()
    {
        using var harness = new DurabilityHarness();
        await harness.WriteMarkerAsync("empty start");

        var outcome = await harness.Job.RunAsync(BackupReasons.Shutdown, force: false, CancellationToken.None);

        Assert.Equal(BackupResult.NotReady, outcome.Result);
        Assert.Empty(await harness.Store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_WithoutWriterLease_RefusesToUpload()
    {
        var lease = new Mock<IWriterLease>();
        lease.SetupGet(l => l.IsHeld).Returns(false);
        using var harness = new DurabilityHarness(lease: lease.Object);
        await harness.WriteMarkerAsync("not mine to save");

        var outcome = await harness.BackUpAsync(force: true);

        Assert.Equal(BackupResult.NotWriter, outcome.Result);
        Assert.Empty(await harness.Store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_MoreThanRetainCount_DeletesOldest()
    {
        using var harness = new DurabilityHarness(options: new DurabilityOptions { RetainCount = 2 });

        for (var i = 0; i < 4; i++)
        {
            await harness.WriteMarkerAsync($"state {i}");
            harness.Time.Advance(TimeSpan.FromMinutes(1));
            await harness.BackUpAsync();
        }

        var kept = await harness.Target.Catalog!.ListAsync(CancellationToken.None);
        Assert.Equal([4, 3], kept.Select(s => s.Generation));
        Assert.Equal(4, (await harness.Store.ListAsync(CancellationToken.None)).Count);
        Assert.Equal(2, harness.State.SnapshotCount);
    }

    [Fact]
    public async Task RunAsync_OlderThanRetainDays_DeletesThemButKeepsNewest()
    {
        using var harness = new DurabilityHarness(options: new DurabilityOptions { RetainAge = TimeSpan.FromDays(1) });
        await harness.WriteMarkerAsync("old");
        await harness.BackUpAsync();
        harness.Time.Advance(TimeSpan.FromDays(2));
        await harness.WriteMarkerAsync("new");

        await harness.BackUpAsync();

        var kept = Assert.Single(await harness.Target.Catalog!.ListAsync(CancellationToken.None));
        Assert.Equal(2, kept.Generation);
    }

    [Fact]
    public async Task RunAsync_StoreFails_ReportsFailureWithoutSecrets()
    {
        var store = new Mock<IBackupStore>();
        store.Setup(s => s.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.UploadAsync(It.IsAny<string>(), It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(403, "Authorization: SharedKey secret-key", "AuthorizationFailure", null));
        using var harness = new DurabilityHarness(store.Object);
        await harness.WriteMarkerAsync("one");

        var outcome = await harness.BackUpAsync();

        Assert.Equal(BackupResult.Failed, outcome.Result);
        Assert.Equal("The backup store answered 403 AuthorizationFailure.", outcome.Error);
        Assert.Same(outcome, harness.State.LastBackup);
    }

    private static async Task UploadForeignGenerationAsync(DurabilityHarness harness, long generation)
    {
        using var work = new WorkFolder(harness.Root);
        var built = await SnapshotBuilder.BuildAsync(
            harness.Database, work, generation, "other instance", harness.Time.GetUtcNow(), CancellationToken.None);
        await harness.Target.Catalog!.UploadAsync(built.Metadata, built.CompressedFile, CancellationToken.None);
    }
}
