using System.Globalization;

namespace ScimFunctions.Durability.Snapshots;

/// <summary>
/// How snapshots are named in a store. The generation leads, zero-padded, so that a plain
/// listing sorts oldest first; the time follows for people reading the share.
/// </summary>
public static class SnapshotNames
{
    public const string DataExtension = ".db.gz";
    public const string MetadataExtension = ".json";

    public static string NewId(long generation, DateTimeOffset createdAt) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"scim-{generation:D10}-{createdAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}");

    public static string Data(string id) => id + DataExtension;

    public static string Metadata(string id) => id + MetadataExtension;

    /// <summary>The id of a metadata file's name, or null for any other name.</summary>
    public static string? IdOfMetadata(string name) =>
        name.StartsWith("scim-", StringComparison.Ordinal) && name.EndsWith(MetadataExtension, StringComparison.Ordinal)
            ? name[..^MetadataExtension.Length]
            : null;
}
