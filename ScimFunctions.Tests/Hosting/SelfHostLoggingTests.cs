using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.SelfHost;
using SelfHostProgram = ScimFunctions.SelfHost.Program;

namespace ScimFunctions.Tests.Hosting;

public sealed class SelfHostLoggingTests
{
    private const string Token = "selfhost-logging-token-6d1f";
    private const string QuerySecret = "pasted-into-a-link-9c2e";

    [Fact]
    public async Task Request_WithASecretInItsQuery_ReachesNoLogEvenAtInformationLevel()
    {
        var data = Path.Combine(Path.GetTempPath(), "scimtool-tests", Guid.NewGuid().ToString("N"));
        var builder = SelfHostProgram.CreateBuilder(
        [
            $"--{SettingNames.ScimSharedSecret}={Token}",
            $"--{SettingNames.AdminSecret}=selfhost-logging-admin-51ab",
            $"--{SettingNames.DataDirectory}={data}",

            // What someone asking for more detail from the framework would set.
            "--Logging:LogLevel:Default=Information",
            "--Logging:LogLevel:Microsoft.AspNetCore=Information",
        ]);
        builder.WebHost.UseTestServer();
        builder.Logging.AddFakeLogging();
        await using var app = builder.Build();
        app.Run(AspNetCoreAdapter.HandleAsync);
        await app.StartAsync();
        using var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token);

        using var response = await client.GetAsync($"/scim/v2/Users?filter=userName eq \"someone\"&token={QuerySecret}");

        await app.StopAsync();
        var records = app.Services.GetFakeLogCollector().GetSnapshot();
        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        Assert.NotEmpty(records);
        Assert.DoesNotContain(records, record => record.Message.Contains(QuerySecret, StringComparison.Ordinal));
        Assert.DoesNotContain(records, record => record.Message.Contains(Token, StringComparison.Ordinal));
    }
}
