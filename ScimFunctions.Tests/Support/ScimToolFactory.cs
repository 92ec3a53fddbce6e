using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ScimFunctions.Hosting.Configuration;

namespace ScimFunctions.Tests.Support;

/// <summary>
/// The self-host in memory with its real pipeline, a private data folder and known secrets.
/// Each factory is a fresh, empty service.
/// </summary>
public sealed class ScimToolFactory : WebApplicationFactory<SelfHost.Program>
{
    public const string ScimToken = "test-scim-token";
    public const string SecondScimToken = "test-scim-token-next";
    public const string AdminToken = "test-admin-secret";

    private readonly Dictionary<string, string?> _settings;

    public ScimToolFactory(IDictionary<string, string?>? settings = null)
    {
        DataRoot = Path.Combine(Path.GetTempPath(), "scimtool-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            [SettingNames.ScimSharedSecret] = $"{ScimToken},{SecondScimToken}",
            [SettingNames.AdminSecret] = AdminToken,
            [SettingNames.DataDirectory] = Path.Combine(DataRoot, "db"),
            [SettingNames.BackupLocalDirectory] = Path.Combine(DataRoot, "backups"),
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[name] = value;
        }
    }

    /// <summary>The folder holding this instance's database and backups; removed on dispose.</summary>
    public string DataRoot { get; }

    /// <summary>A client that sends the SCIM bearer token.</summary>
    public HttpClient CreateScimClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScimToken);
        return client;
    }

    /// <summary>A client that sends the administration credential.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (name, value) in _settings)
        {
            builder.UseSetting(name, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataRoot, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine is left for the temp folder's own cleanup.
            }
        }
    }
}
