namespace ScimFunctions.Benchmarks;

/// <summary>The command line: <c>--quick</c> or <c>--full</c>, and where to write the results.</summary>
public sealed record BenchOptions(BenchSize Size, string OutputDirectory, string WorkDirectory)
{
    public const string Usage =
        "usage: ScimFunctions.Benchmarks [--quick|--full] [--out DIR] [--work DIR]";

    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        var size = BenchSize.Full;
        var output = Path.Combine("bench", "results");
        var work = Path.Combine(Path.GetTempPath(), "scimtool-bench");
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    size = BenchSize.Quick;
                    break;
                case "--full":
                    size = BenchSize.Full;
                    break;
                case "--out" when i + 1 < args.Count:
                    output = args[++i];
                    break;
                case "--work" when i + 1 < args.Count:
                    work = args[++i];
                    break;
                default:
                    return null;
            }
        }

        return new BenchOptions(size, Path.GetFullPath(output), Path.GetFullPath(work));
    }
}
