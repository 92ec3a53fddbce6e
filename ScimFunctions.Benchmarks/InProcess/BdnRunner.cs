using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using ScimFunctions.Benchmarks.Results;
using Measurement = ScimFunctions.Benchmarks.Results.Measurement;

namespace ScimFunctions.Benchmarks.InProcess;

/// <summary>
/// Runs BenchmarkDotNet in this process (no generated project to compile, so a quick run stays
/// quick) and turns each case into a <see cref="Figure"/>.
/// </summary>
public static class BdnRunner
{
    /// <summary>What one benchmark case becomes in the report; null leaves it out.</summary>
    public delegate Figure? Describe(string method, string? parameter, Measurement value);

    public static IReadOnlyList<Figure> Run<T>(BenchSize size, bool oneShot, Describe describe)
    {
        var summary = BenchmarkRunner.Run<T>(Config(size, oneShot));
        var figures = new List<Figure>();
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is not { } stats)
            {
                continue;
            }

            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var parameters = report.BenchmarkCase.Parameters.Items;
            var parameter = parameters.Count > 0 ? parameters[0].Value?.ToString() : null;
            var operations = report.AllMeasurements
                .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual)
                .Sum(m => m.Operations);
            var figure = describe(method, parameter, Measurement.FromMeanNanoseconds(stats.Mean, stats.Median, operations));
            if (figure is not null)
            {
                figures.Add(figure);
            }
        }

        return figures;
    }

    private static ManualConfig Config(BenchSize size, bool oneShot)
    {
        var quick = size == BenchSize.Quick;
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            // One-shot figures (one operation per iteration) at full size: a warm-up run, since
            // the first reads a cold page cache, and five measured: with two, a figure moved by up
            // to 1.6 x from one run to the next.
            .WithWarmupCount(quick ? (oneShot ? 0 : 1) : oneShot ? 1 : 2)
            .WithIterationCount(quick ? 3 : oneShot ? 5 : 8);
        job = oneShot
            ? job.WithStrategy(RunStrategy.Monitoring)
            : job.WithIterationTime(TimeInterval.FromMilliseconds(quick ? 150 : 500));

        return ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(Path.Combine(BenchContext.WorkDirectory, "bdn"))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.JoinSummary);
    }
}
