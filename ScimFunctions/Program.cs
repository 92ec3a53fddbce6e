using Microsoft.Extensions.Hosting;
using ScimFunctions.Hosting;

namespace ScimFunctions;

/// <summary>The Azure Functions isolated worker: the same application as the self-host.</summary>
public static class Program
{
    public static void Main()
    {
        var host = new HostBuilder()
            .ConfigureFunctionsWorkerDefaults()
            .ConfigureServices((context, services) => services.AddScimTool(context.Configuration))
            .Build();

        host.Run();
    }
}
