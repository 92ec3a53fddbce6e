using System.Globalization;
using System.Text.Json.Nodes;

namespace ScimFunctions.Tests.Deployment;

public sealed class HostJsonTests
{
    private readonly JsonNode _host = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("host.json")))!;

    [Fact]
    public void HostJson_RoutePrefix_IsEmptySoRoutesStartWithScim()
    {
        var prefix = (string?)_host["extensions"]!["http"]!["routePrefix"];

        Assert.Equal(string.Empty, prefix);
    }

    [Fact]
    public void HostJson_FunctionTimeout_LeavesRoomForRestoreWithinConsumptionLimit()
    {
        var timeout = TimeSpan.Parse((string)_host["functionTimeout"]!, CultureInfo.InvariantCulture);

        // A point-in-time restore snapshots first, then downloads and verifies; Windows
        // Consumption allows at most ten minutes.
        Assert.InRange(timeout, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void HostJson_LogLevels_NeverTraceOrDebug()
    {
        var levels = _host["logging"]!["logLevel"]!.AsObject();

        // Trace and Debug levels of HTTP and SDK categories carry headers and payloads.
        Assert.All(levels, level => Assert.False((string?)level.Value is "Trace" or "Debug", level.Key));
        Assert.Equal("Warning", (string?)levels["default"]);
        Assert.Equal("Information", (string?)levels["Host.Results"]);
        Assert.Equal("Information", (string?)levels["Function"]);
    }

    [Fact]
    public void HostJson_Sampling_KeepsEveryRequestAndException()
    {
        var excluded = (string?)_host["logging"]!["applicationInsights"]!["samplingSettings"]!["excludedTypes"];

        Assert.Equal(["Exception", "Request"], excluded!.Split(';').Order());
    }
}
