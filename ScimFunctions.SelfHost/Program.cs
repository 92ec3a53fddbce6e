using ScimFunctions.Durability;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Configuration;

namespace ScimFunctions.SelfHost;

/// <summary>
/// The same application on Kestrel, for machines without Azure Functions Core Tools, for
/// containers and for end-to-end tests.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static int Main(string[] args)
    {
        var app = CreateBuilder(args).Build();
        app.Run(AspNetCoreAdapter.HandleAsync);
        try
        {
            app.Run();
            return 0;
        }
        catch (InvalidSettingsException)
        {
            // Each problem is already logged on its own line; an exit code says the rest to a
            // script or a container runtime, without the trace of an unhandled exception.
            return 1;
        }
    }

    /// <summary>The self-host's builder with every setting and service <see cref="Main"/> runs with.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Settings are validated once, at start; reloading them would skip that check, and the
            // file watcher behind it woke on every write when the data folder lay under the content
            // root (4.6 % of the self-host's CPU under a lookup load, measured with perf).
            Args = ["--hostBuilder:reloadConfigOnChange=false", .. args],

            // The folder of the program and its appsettings.json, wherever it is started from:
            // from another working directory the logging settings there were not read.
            ContentRootPath = AppContext.BaseDirectory,
        });

        // The framework's request lines carry the whole URL, query included, and a query can
        // carry a secret (a password filter, a token pasted into a link). The request log records
        // every request with its secrets redacted; these lines stay out of any log level.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        SelfHostDefaults.Apply(builder);
        builder.Services.AddScimTool(builder.Configuration);
        builder.Services.AddScimSelfHostDurability();
        return builder;
    }
}
