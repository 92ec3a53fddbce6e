namespace ScimFunctions.Benchmarks.Seeding;

/// <summary>Writes seeded users and groups, through the repository or straight into the schema.</summary>
public interface ITenantWriter
{
    /// <summary>How the rows got there, for the report ("repository", "bulk SQL").</summary>
    string Path { get; }

    /// <summary>Creates users [start, start + count) and returns their ids in order.</summary>
    Task<string[]> AddUsersAsync(string tag, int start, int count, CancellationToken cancellation);

    Task<string> AddGroupAsync(string displayName, IReadOnlyList<string> memberIds, CancellationToken cancellation);
}
