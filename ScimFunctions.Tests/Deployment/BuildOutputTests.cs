using System.Text.Json.Nodes;

namespace ScimFunctions.Tests.Deployment;

/// <summary>
/// What the Functions host loads: host.json beside the worker and a <c>functions.metadata</c>
/// that the worker SDK generated from the attributes. A wrong route here is a 404 in Azure that
/// no self-host test would see.
/// </summary>
public sealed class BuildOutputTests
{
    [Fact]
    public void BuildOutput_HostJson_IsTheRepositoryCopy()
    {
        var output = RepositoryFiles.FunctionsOutput();

        var copied = File.ReadAllText(Path.Combine(output, "host.json"));

        Assert.Equal(File.ReadAllText(RepositoryFiles.PathOf("host.json")), copied);
    }

    [Theory]
    [InlineData("ScimApi", "scim/v2/{*path}", null)]
    [InlineData("ScimAdmin", "scim/admin/{*path}", null)]
    [InlineData("ScimHealth", "scim/health", "get")]
    public void FunctionsMetadata_HttpFunction_HasAnonymousTriggerOnItsRoute(string name, string route, string? method)
    {
        var function = FindFunction(name);

        var trigger = Binding(function, "httpTrigger");

        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal("Anonymous", (string?)trigger["authLevel"]);
        var methods = trigger["methods"]?.AsArray().Select(value => (string?)value).ToArray();
        Assert.Equal(method is null ? null : new[] { method }, methods);
        Assert.Equal("ScimFunctions.dll", (string?)function["scriptFile"]);
    }

    [Fact]
    public void FunctionsMetadata_Functions_AreTheKnownSet()
    {
        var names = Metadata().Select(function => (string?)function!["name"]).Order().ToArray();

        // BackupTimer joins once the durability layer adds it; nothing else may appear unnoticed.
        var expected = new[] { "ScimAdmin", "ScimApi", "ScimHealth" };
        Assert.Equal(expected, names.Where(name => name != "BackupTimer"));
    }

    [Fact]
    public void FunctionsMetadata_BackupTimerWhenPresent_ReadsScheduleFromSetting()
    {
        var timer = Metadata().SingleOrDefault(function => (string?)function!["name"] == "BackupTimer");
        if (timer is null)
        {
            // The timer belongs to the durability layer; until it is merged there is nothing to check.
            Assert.DoesNotContain(Metadata(), function => FindBinding(function!, "timerTrigger") is not null);
            return;
        }

        var trigger = Binding(timer, "timerTrigger");

        Assert.Equal("%BackupSchedule%", (string?)trigger["schedule"]);
    }

    private static JsonArray Metadata()
    {
        var path = Path.Combine(RepositoryFiles.FunctionsOutput(), "functions.metadata");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray();
    }

    private static JsonNode FindFunction(string name) =>
        Metadata().Single(function => (string?)function!["name"] == name)!;

    private static JsonNode Binding(JsonNode function, string type) =>
        FindBinding(function, type) ?? throw new Xunit.Sdk.XunitException($"No {type} binding.");

    private static JsonNode? FindBinding(JsonNode function, string type) =>
        function["bindings"]!.AsArray().FirstOrDefault(item => (string?)item!["type"] == type);
}
