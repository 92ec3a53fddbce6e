using System.Globalization;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// Timestamps as stored: UTC, fixed width, seven fractional digits, so that text order is time
/// order and <c>meta.created gt ...</c> can be answered by comparing strings in SQL.
/// </summary>
public static class StorageTime
{
    private const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    public static string Write(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>Reads a client's date-time literal (any ISO 8601 offset) into the stored form.</summary>
    public static bool TryNormalize(string text, out string stored)
    {
        stored = string.Empty;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return false;
        }

        stored = Write(value);
        return true;
    }
}
