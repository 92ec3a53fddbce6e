namespace ScimFunctions.Hosting.Pipeline;

/// <summary>A gate that is always open: used until the durability layer registers its own.</summary>
public sealed class OpenStartupGate : IStartupGate
{
    public bool IsOpen => true;

    public Task WaitAsync(CancellationToken cancellation) => Task.CompletedTask;
}
