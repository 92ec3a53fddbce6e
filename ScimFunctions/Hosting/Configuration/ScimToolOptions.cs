namespace ScimFunctions.Hosting.Configuration;

/// <summary>The settings of the core service, read once at start.</summary>
public sealed class ScimToolOptions
{
    /// <summary>A request body above this size is answered with 413 before it is parsed.</summary>
    public const long DefaultMaxBodyBytes = 10 * 1024 * 1024;

    /// <summary>Accepted SCIM bearer tokens; more than one while a secret is rotated.</summary>
    public IReadOnlyList<string> ScimSecrets { get; set; } = [];

    /// <summary>Accepted administration credentials.</summary>
    public IReadOnlyList<string> AdminSecrets { get; set; } = [];

    /// <summary>Folder of the live SQLite files.</summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory();

    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    public static string DefaultDataDirectory() => Path.Combine(Path.GetTempPath(), "scimtool", "data");
}
