using Microsoft.AspNetCore.Builder;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.SelfHost;

namespace ScimFunctions.Tests.Hosting.Configuration;

public sealed class SelfHostSecretTests
{
    [Fact]
    public void SelfHostDefaults_NoSecretsConfigured_GeneratesBothAndPassesValidation()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration[SettingNames.ScimSharedSecret] = string.Empty;
        builder.Configuration[SettingNames.AdminSecret] = string.Empty;
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
        var scimToken = builder.Configuration[SettingNames.ScimSharedSecret]!;
        var adminSecret = builder.Configuration[SettingNames.AdminSecret]!;
        Assert.NotEqual(scimToken, adminSecret);
        Assert.Contains(scimToken, captured.ToString(), StringComparison.Ordinal);
        Assert.Contains(adminSecret, captured.ToString(), StringComparison.Ordinal);
    }
}
