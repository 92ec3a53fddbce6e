namespace ScimFunctions.Benchmarks;

/// <summary>
/// The command line: <c>--quick</c> or <c>--full</c>, where to write the results, and optionally
/// <c>--only snapshot</c> (the snapshot figures alone, on the small database and, with
/// <c>--snapshot-users N</c>, on a bulk-seeded database of N users: about 1 MB per 650 users).
/// </summary>
public sealed record BenchOptions(
    BenchSize Size, string OutputDirectory, string WorkDirectory, bool SnapshotOnly = false, int SnapshotUsers = 0)
{
    public const string Usage =
        "usage: ScimFunctions.Benchmarks [--quick|--full] [--out DIR] [--work DIR] [--only snapshot] [--snapshot-users N]";

    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        var size = BenchSize.Full;
        var output = Path.Combine("bench", "results");
        var work = Path.Combine(Path.GetTempPath(), "scimtool-bench");
        var snapshotOnly = false;
        var snapshotUsers = 0;
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
                case "--only" when i + 1 < args.Count && args[i + 1] == "snapshot":
                    snapshotOnly = true;
                    i++;
                    break;
                case "--snapshot-users" when i + 1 < args.Count && int.TryParse(args[i + 1], out snapshotUsers):
                    i++;
                    break;
                default:
                    return null;
            }
        }

        return new BenchOptions(size, FromRoot(output), FromRoot(work), snapshotOnly, snapshotUsers);
    }

    /// <summary>
    /// A relative path is taken from the repository root, not the current directory, so that the
    /// default <c>bench/results</c> is the committed folder however the tool is started
    /// (<c>dotnet run --project</c> ran it from the project's folder).
    /// </summary>
    private static string FromRoot(string path)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SCIMTool.sln")))
            {
                return Path.GetFullPath(path, folder.FullName);
            }
        }

        return Path.GetFullPath(path);
    }
}
