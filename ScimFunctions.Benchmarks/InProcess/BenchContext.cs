namespace ScimFunctions.Benchmarks.InProcess;

/// <summary>
/// What the BenchmarkDotNet classes measure. The in-process toolchain runs them inside this
/// process, so the harness hands them the seeded databases here instead of through arguments.
/// </summary>
public static class BenchContext
{
    /// <summary>Lookup databases by label ("base", "scaled").</summary>
    public static Dictionary<string, LookupDatabase> Lookups { get; } = [];

    public static MemberDatabase? Members { get; set; }

    /// <summary>Snapshot sources by label ("small", "base", "scaled").</summary>
    public static Dictionary<string, string> SnapshotSources { get; } = [];

    public static string WorkDirectory { get; set; } = Path.GetTempPath();
}

/// <summary>A database folder and a sample of the names and ids it holds.</summary>
public sealed record LookupDatabase(string DataDirectory, int Users, string[] UserNames, string[] UserIds);

/// <summary>A database folder with the two groups and the users that are in neither.</summary>
public sealed record MemberDatabase(string DataDirectory, string BigGroupId, string SmallGroupId, string[] Candidates);
