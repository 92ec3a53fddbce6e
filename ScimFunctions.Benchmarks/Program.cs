using ScimFunctions.Benchmarks;
using ScimFunctions.Benchmarks.Http;
using ScimFunctions.Benchmarks.InProcess;
using ScimFunctions.Benchmarks.Machine;
using ScimFunctions.Benchmarks.Results;
using ScimFunctions.Benchmarks.Seeding;

var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
var logger = loggers.CreateLogger("ScimFunctions.Benchmarks");
var command = "dotnet run -c Release --project ScimFunctions.Benchmarks -- " + string.Join(' ', args);
var report = new BenchReport(MachineInfo.Read(), options.Size, command.TrimEnd());
BenchLog.RunStarted(logger, options.Size.Name, options.WorkDirectory);
if (Directory.Exists(options.WorkDirectory))
{
    Directory.Delete(options.WorkDirectory, recursive: true);
}

var seeds = new SeedStage(options, report, logger);
if (options.SnapshotOnly)
{
    seeds.SeedSmall();
    if (options.SnapshotUsers > 0)
    {
        seeds.SeedSized(options.SnapshotUsers);
    }

    InProcessSuite.PrepareSnapshots(options, seeds, withBase: false);
    InProcessSuite.RunSnapshotBaselines(report, options, logger);
    InProcessSuite.RunSnapshots(report, options, logger);
    return await WriteResultsAsync();
}

var tenant = await seeds.SeedBaseAsync(CancellationToken.None);
seeds.SeedScaled(tenant);
seeds.SeedSmall();
var hasRepository = new StorageHost(seeds.BaseDirectory) is var probe && probe.Repository is not null;
probe.Dispose();

InProcessSuite.Prepare(options, seeds, tenant);
InProcessSuite.Run(report, options, hasRepository, logger);
InProcessSuite.RunSnapshots(report, options, logger);
var httpData = DatabaseFiles.CopyFolder(seeds.BaseDirectory, Path.Combine(options.WorkDirectory, "http"));
await HttpSuite.RunAsync(report, options, tenant, httpData, logger);

report.Note($"Load average at the end (other processes share this machine): {MachineInfo.Read().LoadAverageAtStart}");
return await WriteResultsAsync();

async Task<int> WriteResultsAsync()
{
    report.Targets.AddRange(TargetJudge.Judge(report));
    Directory.CreateDirectory(options.OutputDirectory);
    var markdown = Path.Combine(options.OutputDirectory, "latest.md");
    var json = Path.Combine(options.OutputDirectory, "latest.json");
    await File.WriteAllTextAsync(markdown, MarkdownWriter.Write(report));
    await File.WriteAllTextAsync(json, JsonWriter.Write(report));
    BenchLog.ResultsWritten(logger, markdown, json);
    return 0;
}
