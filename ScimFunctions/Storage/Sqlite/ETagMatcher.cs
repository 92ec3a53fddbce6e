namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// RFC 7232 §3.1 If-Match with weak comparison: <c>*</c>, or a list of tags one of which names
/// the current version. Clients often drop the <c>W/</c> prefix, which weak comparison allows.
/// </summary>
public static class ETagMatcher
{
    public static bool Matches(string? ifMatch, StoredResource current)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return true;
        }

        var expected = Opaque(current.ETag);
        return ifMatch.Split(',').Select(tag => tag.Trim()).Any(tag => tag == "*" || Opaque(tag) == expected);
    }

    private static string Opaque(string tag)
    {
        var withoutWeak = tag.StartsWith("W/", StringComparison.OrdinalIgnoreCase) ? tag[2..] : tag;
        return withoutWeak.Trim('"');
    }
}
