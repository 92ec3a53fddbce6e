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
        // Settings are validated once, at start; reloading them would skip that check, and the
        // file watcher behind it woke on every write when the data folder lay under the content
        // root (4.6 % of the self-host's CPU under a lookup load, measured with perf).
        var builder = WebApplication.CreateSlimBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        SelfHostDefaults.Apply(builder);
        builder.Services.AddScimTool(builder.Configuration);
        builder.Services.AddScimSelfHostDurability();

        var app = builder.Build();
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
}
