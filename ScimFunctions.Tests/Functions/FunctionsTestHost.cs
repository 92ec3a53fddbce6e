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

    private readonly IHost _host;
    private readonly IServiceProvider _services;
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

        // A generic host like the worker's, started, so that hosted services (settings check,
        // start-up restore that opens the gate) run exactly as they do under Functions.
        _host = new HostBuilder()
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings))
            .ConfigureServices((context, services) => services
                .AddScimTool(context.Configuration)
                .AddSingleton<IEndpointGroup, EchoEndpoints>())
            .Build();
        _host.Start();
        _services = _host.Services;
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
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataRoot))
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
    }
}
