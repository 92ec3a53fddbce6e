using ScimFunctions.Durability;
using ScimFunctions.Hosting;

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

    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        SelfHostDefaults.Apply(builder);
        builder.Services.AddScimTool(builder.Configuration);
        builder.Services.AddScimSelfHostDurability();

        var app = builder.Build();
        app.Run(AspNetCoreAdapter.HandleAsync);
        app.Run();
    }
}
