using ScimFunctions.Durability.Backup;

namespace ScimFunctions.Tests.Durability;

public sealed class WriteDebouncerTests
{
    [Fact]
    public async Task Write_AfterDebounceWindow_IsBackedUp()
    {
        using var harness = new DurabilityHarness();
        harness.Options.Debounce = TimeSpan.FromSeconds(10);
        harness.Gate.Open();
        using var debouncer = new WriteDebouncer(harness.Database, harness.Job, harness.Target, harness.WrappedOptions, harness.Time);
        var finished = new TaskCompletionSource<BackupOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Job.Finished += (_, outcome) => finished.TrySetResult(outcome);
        var window = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        debouncer.WindowOpened += (_, _) => window.TrySetResult();
        await debouncer.StartAsync(CancellationToken.None);

        await harness.WriteMarkerAsync("acknowledged");
        await window.Task;
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        var outcome = await finished.Task;

        Assert.Equal(BackupResult.Uploaded, outcome.Result);
        Assert.Equal(BackupReasons.Writes, outcome.Reason);
        await debouncer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Write_BeforeWindowEnds_IsNotYetBackedUp()
    {
        using var harness = new DurabilityHarness();
        harness.Options.Debounce = TimeSpan.FromSeconds(10);
        harness.Gate.Open();
        using var debouncer = new WriteDebouncer(harness.Database, harness.Job, harness.Target, harness.WrappedOptions, harness.Time);
        var window = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        debouncer.WindowOpened += (_, _) => window.TrySetResult();
        await debouncer.StartAsync(CancellationToken.None);

        await harness.WriteMarkerAsync("acknowledged");
        await window.Task;
        harness.Time.Advance(TimeSpan.FromSeconds(9));

        Assert.Empty(await harness.Store.ListAsync(CancellationToken.None));
        await debouncer.StopAsync(CancellationToken.None);
    }
}
