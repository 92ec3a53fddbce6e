namespace ScimFunctions.Benchmarks.Http;

/// <summary>
/// The HTTP limit of this machine: Kestrel on loopback answering a small JSON body with nothing
/// in between, built the way the self-host is built (slim builder, no logging).
/// </summary>
public sealed class BareKestrel : IAsyncDisposable
{
    public const string Path = "/bare";
    private const string Body = """{"status":"ok","service":"bare-kestrel"}""";
    private readonly WebApplication _app;

    private BareKestrel(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<BareKestrel> StartAsync()
    {
        var baseUrl = $"http://127.0.0.1:{LoopbackPort.Next()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(baseUrl);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet(Path, () => TypedResults.Text(Body, "application/json; charset=utf-8"));
        await app.StartAsync();
        return new BareKestrel(app, baseUrl);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
