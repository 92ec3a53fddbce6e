using System.Net;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Durability;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Tests.Support;
using ScimFunctions.Visibility.RequestLog;

namespace ScimFunctions.Tests.Visibility;

public sealed class RequestLogSafetyTests
{
    private const string Password = "Sup3r-Secret-Passw0rd!";
    private const string NewPassword = "An0ther-Secret-Passw0rd?";
    private const string AccountKey = "QWNjb3VudEtleVZhbHVlMTIzNDU2Nzg5MA==";
    private const string Signature = "c2lnbmF0dXJlLXZhbHVlLTk4NzY1NA";

    [Fact]
    public async Task Request_LogStoreThrows_StillAnsweredNormally()
    {
        using var root = new ScimToolFactory();
        using var factory = root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IEndpointGroup, ProbeEndpoints>();
            services.AddSingleton<IRequestLogStore, ThrowingStore>();
        }));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ScimToolFactory.ScimToken);

        using var content = new StringContent("""{"userName":"a@contoso.com"}""", Encoding.UTF8, "application/scim+json");
        var created = await client.PostAsync("/scim/v2/Probe/User", content);
        var missing = await client.GetAsync("/scim/v2/NoSuchThing");
        var logs = await AdminClient(factory).GetAsync("/scim/admin/logs");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, logs.StatusCode);
        Assert.True(factory.Services.GetRequiredService<RequestLogWriter>().FailedBatches > 0);
    }

    [Fact]
    public async Task LogFile_AfterRepresentativeScimTraffic_HoldsNoTokenOrPassword()
    {
        var connection = $"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={AccountKey};EndpointSuffix=core.windows.net";
        using var root = new ScimToolFactory(new Dictionary<string, string?>
        {
            [SettingNames.BackupShareConnection] = connection,
            [SettingNames.BackupShareName] = "scim-backups",
        });
        using var factory = root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IEndpointGroup, ProbeEndpoints>();

            // The connection string is configured so that redaction must find it, but no share
            // exists: backups go to the local folder instead of retrying a storage account.
            services.PostConfigure<DurabilityOptions>(options =>
            {
                options.ShareConnection = null;
                options.LocalDirectory = Path.Combine(root.DataRoot, "backups");
            });
        }));
        var scim = factory.CreateClient();
        scim.DefaultRequestHeaders.Authorization = new("Bearer", ScimToolFactory.ScimToken);
        var anonymous = factory.CreateClient();
        var adminOnScim = AdminClient(factory);

        await Send(scim, HttpMethod.Post, "/scim/v2/Users", $$"""{"userName":"alice@contoso.com","password":"{{Password}}"}""");
        await Send(scim, HttpMethod.Post, "/scim/v2/Probe/User", $$"""{"userName":"bob@contoso.com","password":"{{Password}}"}""");
        await Send(scim, HttpMethod.Put, "/scim/v2/Users/u-1", $$"""{"userName":"alice@contoso.com","password":"{{NewPassword}}"}""");
        await Send(scim, HttpMethod.Patch, "/scim/v2/Users/u-1",
            $$"""
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","path":"password","value":"{{NewPassword}}"}]}
            """);
        await Send(scim, HttpMethod.Patch, "/scim/v2/Users/u-1",
            $$$"""{"Operations":[{"op":"Replace","value":{"password":"{{{NewPassword}}}","active":"False"}}]}""");
        await Send(scim, HttpMethod.Post, "/scim/v2/Users", $$"""{"userName":"x", "password": "{{Password}}" """); // malformed JSON
        await Send(scim, HttpMethod.Post, "/scim/v2/Users", $$"""{"note":"{{connection}}"}""");
        await Send(scim, HttpMethod.Get, $"/scim/v2/Users?filter=password+eq+%22{Uri.EscapeDataString(Password)}%22&sig={Signature}", null);
        await Send(anonymous, HttpMethod.Get, "/scim/v2/Users", null);
        await Send(adminOnScim, HttpMethod.Get, "/scim/v2/Users", null);
        await Send(anonymous, HttpMethod.Get, $"/scim/v2/Users?access_token={ScimToolFactory.ScimToken}", null);
        await AdminClient(factory).GetAsync("/scim/admin/logs"); // waits until the queue is written

        var bytes = ReadLogFiles(root.DataRoot);

        Assert.True(bytes.Length > 0);
        Assert.Contains("alice@contoso.com", bytes, StringComparison.Ordinal);
        foreach (var secret in new[]
        {
            ScimToolFactory.ScimToken, ScimToolFactory.SecondScimToken, ScimToolFactory.AdminToken,
            Password, NewPassword, Uri.EscapeDataString(Password), AccountKey, Signature,
        })
        {
            Assert.DoesNotContain(secret, bytes, StringComparison.Ordinal);
        }
    }

    private static HttpClient AdminClient(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<SelfHost.Program> factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ScimToolFactory.AdminToken);
        return client;
    }

    private static async Task Send(HttpClient client, HttpMethod method, string url, string? json)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/scim+json");
        }

        using var response = await client.SendAsync(request);
    }

    /// <summary>The log file and its write-ahead log, as text, however SQLite laid the rows out.</summary>
    private static string ReadLogFiles(string dataRoot)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(dataRoot, RequestLogOptions.FileName + "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    private sealed class ThrowingStore : IRequestLogStore
    {
        public Task AppendAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellation) =>
            throw new IOException("The log disk is full.");

        public Task<int> PruneAsync(DateTimeOffset cutoff, int keep, CancellationToken cancellation) =>
            throw new IOException("The log disk is full.");
    }
}
