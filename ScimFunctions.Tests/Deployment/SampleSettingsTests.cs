using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using ScimFunctions.Hosting.Configuration;

namespace ScimFunctions.Tests.Deployment;

/// <summary>
/// <c>local.settings.sample.json</c> is the one list of settings a newcomer copies; it must name
/// every setting the code reads and nothing else, with values that work on a laptop.
/// </summary>
public sealed class SampleSettingsTests
{
    /// <summary>The Functions host's own setting: Core Tools needs it, the application never reads it.</summary>
    private const string WorkerRuntime = "FUNCTIONS_WORKER_RUNTIME";

    /// <summary>Kestrel's address settings, read by the self-host only; Core Tools has its own port.</summary>
    private static readonly HashSet<string> SelfHostOnly = ["urls", "ASPNETCORE_URLS"];

    [Fact]
    public void SampleSettings_EverySettingTheCodeReads_IsListed()
    {
        var listed = SampleValues().Keys.ToHashSet();

        var missing = SettingsTheCodeReads().Except(SelfHostOnly).Where(name => !listed.Contains(name));

        Assert.Empty(missing);
    }

    [Fact]
    public void SampleSettings_NothingTheCodeDoesNotRead_IsListed()
    {
        var read = SettingsTheCodeReads();

        var extra = SampleValues().Keys.Where(name => name != WorkerRuntime && !read.Contains(name));

        Assert.Empty(extra);
    }

    [Fact]
    public void SourceScan_EveryLiteralSettingRead_IsDeclaredInSettingNames()
    {
        var declared = DeclaredSettingNames();

        var undeclared = ScannedReads().Where(name => !declared.Contains(name) && !SelfHostOnly.Contains(name));

        Assert.Empty(undeclared);
    }

    [Fact]
    public void Scan_EveryReadShape_FindsTheName()
    {
        const string source = """
            var a = configuration["ALPHA"];
            var b = builder.Configuration["BETA:inner"];
            var c = config.GetValue<int>("GAMMA", 3);
            var d = Environment.GetEnvironmentVariable("DELTA");
            var e = section.GetSection("EPSILON__accountName");
            [TimerTrigger("%ZETA%")] TimerInfo timer
            var notASetting = body["status"];
            """;

        var names = SettingReadScanner.Scan(source);

        Assert.Equal(["ALPHA", "BETA", "DELTA", "EPSILON", "GAMMA", "ZETA"], names.Order());
    }

    [Fact]
    public void SampleSettings_Values_AreSafeLocalDefaults()
    {
        var values = SampleValues();

        Assert.Equal("dotnet-isolated", values[WorkerRuntime]);
        Assert.Equal("UseDevelopmentStorage=true", values[SettingNames.WebJobsStorage]);
        Assert.False(Path.IsPathRooted(values[SettingNames.BackupLocalDirectory]));
        Assert.Equal(string.Empty, values[SettingNames.BackupShareConnection]);
        Assert.Equal(string.Empty, values[SettingNames.BackupShareUrl]);
        Assert.Equal(SettingsValidator.DefaultBackupSchedule, values[SettingNames.BackupSchedule]);
    }

    [Fact]
    public void SampleSettings_AsConfiguration_PassStartupValidation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(SampleValues()!).Build();

        var problems = SettingsValidator.Validate(configuration);

        Assert.Empty(problems);
    }

    [Fact]
    public void GitIgnore_LocalSettings_IsIgnored()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf(".gitignore"));

        Assert.Contains("local.settings.json", lines);
    }

    private static Dictionary<string, string> SampleValues()
    {
        var sample = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("local.settings.sample.json")))!;
        Assert.False((bool)sample["IsEncrypted"]!);
        return sample["Values"]!.AsObject().ToDictionary(entry => entry.Key, entry => (string)entry.Value!);
    }

    private static HashSet<string> SettingsTheCodeReads() => [.. DeclaredSettingNames(), .. ScannedReads()];

    private static HashSet<string> DeclaredSettingNames() =>
        typeof(SettingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToHashSet();

    private static IReadOnlySet<string> ScannedReads() =>
        SettingReadScanner.ScanFolders(
            RepositoryFiles.PathOf("ScimFunctions"),
            RepositoryFiles.PathOf("ScimFunctions.SelfHost"));
}
