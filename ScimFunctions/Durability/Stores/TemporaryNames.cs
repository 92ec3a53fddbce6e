namespace ScimFunctions.Durability.Stores;

/// <summary>The names uploads use until they are complete; listings ignore them.</summary>
public static class TemporaryNames
{
    public const string Suffix = ".partial";

    public static string For(string name) => $"{name}.{Guid.NewGuid():N}{Suffix}";

    public static bool IsTemporary(string name) => name.EndsWith(Suffix, StringComparison.Ordinal);
}
