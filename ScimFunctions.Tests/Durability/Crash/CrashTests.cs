using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace ScimFunctions.Tests.Durability.Crash;

/// <summary>
/// The durability promise end to end: the real self-host under writes, killed or stopped, its
/// data folder deleted (a new instance on a new machine), then started again from the backups.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int DebounceSeconds = 1;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "scimtool-crash", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private string DataDirectory => Path.Combine(_root, "db");

    [Fact]
    public async Task SelfHost_KilledAfterDebounceWindow_RestartsWithEveryAcknowledgedWrite()
    {
        List<string> acknowledged;
        using (var first = Start())
        {
            await first.WaitUntilServingAsync();
            acknowledged = await CreateUsersAsync(first, "before-kill", 25);

            // The promise under test is a time window: writes acknowledged longer than the
            // debounce ago (plus the upload) survive a kill. Waiting out that window is the test.
            await Task.Delay(TimeSpan.FromSeconds((DebounceSeconds * 3) + 2));
            await CreateUsersAsync(first, "in-window", 5);
            first.Kill();
        }

        Directory.Delete(DataDirectory, recursive: true);
        using var second = Start();
        await second.WaitUntilServingAsync();

        await AssertAllPresentAsync(second, acknowledged);
        await second.StopGracefullyAsync();
        Assert.Equal("ok", IntegrityCheck());
    }

    [Fact]
    public async Task SelfHost_GracefulStop_LosesNothing()
    {
        List<string> acknowledged;
        using (var first = Start())
        {
            await first.WaitUntilServingAsync();
            acknowledged = await CreateUsersAsync(first, "before-stop", 25);
            await first.StopGracefullyAsync();
        }

        Directory.Delete(DataDirectory, recursive: true);
        using var second = Start();
        await second.WaitUntilServingAsync();

        await AssertAllPresentAsync(second, acknowledged);
        using var admin = second.CreateClient(SelfHostProcess.AdminToken);
        var stats = JsonNode.Parse(await admin.GetStringAsync(new Uri("/scim/admin/backup/stats", UriKind.Relative)))!;
        Assert.Equal("shutdown", (string?)stats["restore"]!["restoredFrom"]!["reason"]);
        await second.StopGracefullyAsync();
        Assert.Equal("ok", IntegrityCheck());
    }

    private SelfHostProcess Start() => SelfHostProcess.Start(new Dictionary<string, string>
    {
        ["SCIM_DATA_DIR"] = DataDirectory,
        ["BACKUP_LOCAL_DIR"] = Path.Combine(_root, "backups"),
        ["BACKUP_DEBOUNCE_SECONDS"] = $"{DebounceSeconds}",
    });

    private static async Task<List<string>> CreateUsersAsync(SelfHostProcess host, string prefix, int count)
    {
        using var client = host.CreateClient(SelfHostProcess.ScimToken);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var user = new
            {
                schemas = new[] { "urn:ietf:params:scim:schemas:core:2.0:User" },
                userName = $"{prefix}-{i}@crash.example",
                active = true,
            };
            var response = await client.PostAsJsonAsync(new Uri("/scim/v2/Users", UriKind.Relative), user);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
            ids.Add((string)JsonNode.Parse(body)!["id"]!);
        }

        return ids;
    }

    private static async Task AssertAllPresentAsync(SelfHostProcess host, List<string> ids)
    {
        using var client = host.CreateClient(SelfHostProcess.ScimToken);
        foreach (var id in ids)
        {
            var response = await client.GetAsync(new Uri($"/scim/v2/Users/{id}", UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"User {id} was lost:\n{host.Output}");
        }
    }

    private string IntegrityCheck()
    {
        var file = Path.Combine(DataDirectory, "scim.db");
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }
}
