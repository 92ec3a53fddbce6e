namespace ScimFunctions.Hosting.Configuration;

/// <summary>Reads a comma-separated list of secrets, so two can be valid while one is rotated.</summary>
public static class SecretList
{
    public static IReadOnlyList<string> Parse(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
