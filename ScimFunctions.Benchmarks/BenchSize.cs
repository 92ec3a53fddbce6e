namespace ScimFunctions.Benchmarks;

/// <summary>
/// How big one run is. <see cref="Full"/> is issue 6's Entra-shaped tenant; <see cref="Quick"/>
/// keeps the benchmark working in CI within a few minutes on two cores.
/// </summary>
public sealed record BenchSize(
    string Name,
    int Users,
    int ScalingUsers,
    int Groups,
    int BigGroupMembers,
    int SmallGroupMembers,
    int HttpSeedUsers,
    int DeletePool,
    int SmallDatabaseUsers,
    TimeSpan LoadDuration,
    int Connections,
    int LoadThreads)
{
    public static BenchSize Full { get; } = new(
        "full",
        Users: 100_000,
        ScalingUsers: 1_000_000,
        Groups: 1_000,
        BigGroupMembers: 50_000,
        SmallGroupMembers: 10,
        HttpSeedUsers: 2_000,
        DeletePool: 45_000,
        SmallDatabaseUsers: 600,
        LoadDuration: TimeSpan.FromSeconds(10),
        Connections: 16,
        LoadThreads: 2);

    public static BenchSize Quick { get; } = new(
        "quick",
        Users: 2_000,
        ScalingUsers: 20_000,
        Groups: 20,
        BigGroupMembers: 1_000,
        SmallGroupMembers: 10,
        HttpSeedUsers: 100,
        DeletePool: 900,
        SmallDatabaseUsers: 600,
        LoadDuration: TimeSpan.FromSeconds(2),
        Connections: 16,
        LoadThreads: 2);
}
