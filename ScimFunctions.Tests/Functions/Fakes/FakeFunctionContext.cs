using Microsoft.Azure.Functions.Worker;

namespace ScimFunctions.Tests.Functions.Fakes;

/// <summary>
/// A function invocation without the worker's gRPC channel: only what the HTTP entry points read
/// (services and cancellation) is real; the rest belongs to bindings the adapter never touches.
/// </summary>
internal sealed class FakeFunctionContext : FunctionContext
{
    public FakeFunctionContext(IServiceProvider services, string functionName)
    {
        InstanceServices = services;
        FunctionId = functionName;
    }

    public override string InvocationId { get; } = Guid.NewGuid().ToString("N");

    public override string FunctionId { get; }

    public override IServiceProvider InstanceServices { get; set; }

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override CancellationToken CancellationToken { get; } = CancellationToken.None;

    public override TraceContext TraceContext => throw NotUsed();

    public override BindingContext BindingContext => throw NotUsed();

    public override RetryContext RetryContext => throw NotUsed();

    public override FunctionDefinition FunctionDefinition => throw NotUsed();

    public override IInvocationFeatures Features => throw NotUsed();

    private static NotSupportedException NotUsed() => new("The HTTP adapter does not read this.");
}
