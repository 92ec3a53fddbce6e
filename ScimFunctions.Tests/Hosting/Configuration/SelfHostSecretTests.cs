using Microsoft.AspNetCore.Builder;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.SelfHost;

namespace ScimFunctions.Tests.Hosting.Configuration;

public sealed class SelfHostSecretTests
{
    [Fact]
    public void SelfHostDefaults_NoSecretConfigured_GeneratedSecretPassesValidation()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration[SettingNames.ScimSharedSecret] = string.Empty;
        var console = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            SelfHostDefaults.Apply(builder);
        }
        finally
        {
            Console.SetOut(console);
        }

        var problems = SettingsValidator.Validate(builder.Configuration);

        Assert.Empty(problems);
        var generated = builder.Configuration[SettingNames.ScimSharedSecret]!;
        Assert.Contains(generated, captured.ToString(), StringComparison.Ordinal);
    }
}
