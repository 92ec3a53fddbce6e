using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ScimFunctions.Functions;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Hosting.Pipeline;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Tests.Functions.Fakes;

namespace ScimFunctions.Tests.Functions;

/// <summary>
/// The application registered exactly as the Functions worker registers it (<c>AddScimTool</c>),
/// plus the echo route, with <see cref="HttpFunctions"/> built from that container.
/// </summary>
internal sealed class FunctionsTestHost : IDisposable
{
    public const string Token = "functions-test-token";

    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;
    private readonly string _dataRoot = System.IO.Path.Combine(
        System.IO.Path.GetTempPath(), "scimtool-tests", Guid.NewGuid().ToString("N"));

    public FunctionsTestHost(long? maxBodyBytes = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [SettingNames.ScimSharedSecret] = Token,
            [SettingNames.DataDirectory] = System.IO.Path.Combine(_dataRoot, "db"),
            [SettingNames.BackupLocalDirectory] = System.IO.Path.Combine(_dataRoot, "backups"),
            [SettingNames.MaxBodyBytes] = maxBodyBytes?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddScimTool(configuration)
            .AddSingleton<IEndpointGroup, EchoEndpoints>();
        _services = services.BuildServiceProvider();

        // The worker is a generic host: its hosted services (the start-up restore that opens the
        // gate among them) run before any function does.
        _hosted = [.. _services.GetServices<IHostedService>()];
        foreach (var hosted in _hosted)
        {
            hosted.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        _services.GetRequiredService<IStartupGate>().WaitAsync(CancellationToken.None).GetAwaiter().GetResult();
        Functions = new HttpFunctions(
            _services.GetRequiredService<AppPipeline>(),
            _services.GetRequiredService<IOptions<ScimToolOptions>>());
    }

    public HttpFunctions Functions { get; }

    public FakeHttpRequestData Request(string method, string url, string? body = null, string? token = Token)
    {
        var request = new FakeHttpRequestData(new FakeFunctionContext(_services, "ScimApi"), method, url, body);
        if (token is not null)
        {
            request.Headers.Add("Authorization", "Bearer " + token);
        }

        return request;
    }

    public void Dispose()
    {
        foreach (var hosted in _hosted.Reverse())
        {
            hosted.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataRoot))
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
    }
}
