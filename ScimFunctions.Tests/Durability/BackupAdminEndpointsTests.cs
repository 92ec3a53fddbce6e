using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ScimFunctions.Durability;
using ScimFunctions.Durability.Restore;
using ScimFunctions.Durability.Stores;
using ScimFunctions.Hosting.Pipeline;
using ScimFunctions.Storage.Sqlite;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Durability;

public sealed class BackupAdminEndpointsTests : IDisposable
{
    private readonly ScimToolFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Stats_LocalFolder_IsPersistentSingleWriterAndRestored()
    {
        var client = _factory.CreateAdminClient();

        var body = await GetJsonAsync(client, "/scim/admin/backup/stats");

        Assert.Equal("persistent", (string?)body["mode"]);
        Assert.StartsWith("local folder ", (string?)body["store"], StringComparison.Ordinal);
        Assert.Equal("single writer by configuration", (string?)body["writer"]!["mode"]);
        Assert.True((bool?)body["writer"]!["canWrite"]);
        Assert.Equal("done", (string?)body["restore"]!["state"]);
        Assert.Equal("0 */5 * * * *", (string?)body["schedule"]);
        Assert.NotNull(body["nextScheduledRun"]);
    }

    [Fact]
    public async Task Stats_WithScimToken_IsUnauthorized()
    {
        var client = _factory.CreateScimClient();

        var response = await client.GetAsync("/scim/admin/backup/stats");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Stats_NoStore_SaysEphemeral()
    {
        using var factory = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton(new DurabilityTarget(null, NullLogger.Instance))));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ScimToolFactory.AdminToken);

        var body = await GetJsonAsync(client, "/scim/admin/backup/stats");
        var run = await client.PostAsync("/scim/admin/backup/run", null);

        Assert.Equal("ephemeral", (string?)body["mode"]);
        Assert.False((bool?)body["persistent"]);
        Assert.Contains("lost", (string?)body["warning"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, run.StatusCode);
    }

    [Fact]
    public async Task Run_ThenSnapshots_ListsTheNewSnapshot()
    {
        var client = _factory.CreateAdminClient();

        var run = await client.PostAsync("/scim/admin/backup/run", null);
        var list = await GetJsonAsync(client, "/scim/admin/backup/snapshots");

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var outcome = JsonNode.Parse(await run.Content.ReadAsStringAsync())!;
        Assert.True((bool?)outcome["success"]);
        Assert.Equal("uploaded", (string?)outcome["outcome"]);
        Assert.Equal(1, (int?)list["count"]);
        Assert.Equal((string?)outcome["snapshotId"], (string?)list["snapshots"]![0]!["id"]);
        Assert.Equal("manual", (string?)list["snapshots"]![0]!["reason"]);
    }

    [Fact]
    public async Task Run_StoreFails_AnswersNon2xxWithTheError()
    {
        var store = new Mock<IBackupStore>();
        store.Setup(s => s.Description).Returns("broken store");
        store.Setup(s => s.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.UploadAsync(It.IsAny<string>(), It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("disk gone"));
        using var factory = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton(new DurabilityTarget(store.Object, NullLogger.Instance))));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ScimToolFactory.AdminToken);

        var response = await client.PostAsync("/scim/admin/backup/run", null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False((bool?)body["success"]);
        Assert.Equal("The backup store could not be read or written (I/O error).", (string?)body["error"]);
    }

    [Fact]
    public async Task Restore_ChosenSnapshot_SavesCurrentStateThenRestoresLive()
    {
        var client = _factory.CreateAdminClient();
        await WriteMarkerAsync("chosen");
        var run = await client.PostAsync("/scim/admin/backup/run", null);
        var chosen = (string?)JsonNode.Parse(await run.Content.ReadAsStringAsync())!["snapshotId"];
        await WriteMarkerAsync("current");

        var response = await client.PostAsJsonAsync("/scim/admin/backup/restore", new { snapshotId = chosen });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(chosen, (string?)body["restoredFrom"]);
        Assert.Equal("uploaded", (string?)body["before"]!["outcome"]);
        Assert.Equal("chosen", ReadMarker());
        var list = await GetJsonAsync(client, "/scim/admin/backup/snapshots");
        var reasons = list["snapshots"]!.AsArray().Select(s => (string?)s!["reason"]).ToList();
        Assert.Equal(["after-restore", "before-restore", "manual"], reasons);
    }

    [Fact]
    public async Task Restore_UnknownSnapshot_IsNotFound()
    {
        var client = _factory.CreateAdminClient();

        var response = await client.PostAsJsonAsync("/scim/admin/backup/restore", new { snapshotId = "scim-0000000099-x" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Restore_WithoutSnapshotId_IsBadRequest()
    {
        var client = _factory.CreateAdminClient();

        var response = await client.PostAsJsonAsync("/scim/admin/backup/restore", new { id = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void StartupGate_Registered_IsTheRestoreGate()
    {
        var gate = _factory.Services.GetRequiredService<IStartupGate>();

        Assert.IsType<RestoreGate>(gate);
    }

    private static async Task<JsonNode> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task WriteMarkerAsync(string value)
    {
        var database = _factory.Services.GetRequiredService<ScimDatabase>();
        await using var lease = await database.BeginWriteAsync(CancellationToken.None);
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO service_state (key, value) VALUES ('marker', $value);";
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
        lease.MarkCommitted();
    }

    private string? ReadMarker()
    {
        using var connection = _factory.Services.GetRequiredService<ScimDatabase>().OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM service_state WHERE key = 'marker';";
        return command.ExecuteScalar() as string;
    }
}
