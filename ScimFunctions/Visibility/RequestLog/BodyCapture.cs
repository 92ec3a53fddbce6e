namespace ScimFunctions.Visibility.RequestLog;

/// <summary>
/// How much of a response body the request log holds on to. A body larger than the limit is
/// kept as its start plus its length in characters, so a 50,000-member group or a long list
/// costs the log less than a hundred kilobytes.
/// </summary>
public static class BodyCapture
{
    /// <summary>
    /// Bytes kept of a large body: the stored characters and a quarter more, so that the cut
    /// made after redaction falls well inside what was redacted; under the 85,000 bytes that
    /// would put each copy on the large object heap at the default 64 K characters.
    /// </summary>
    public static int LimitBytes(int maxBodyChars) => maxBodyChars + (maxBodyChars / 4);

    /// <summary>The body itself when small enough; otherwise a copy of its start and its length.</summary>
    public static (byte[] Body, int? TotalChars) From(byte[] body, int limitBytes) =>
        body.Length <= limitBytes ? (body, null) : (body[..limitBytes], CountChars(body));

    /// <summary>UTF-16 characters in UTF-8 bytes; exact for any split of a valid body into parts.</summary>
    public static int CountChars(ReadOnlySpan<byte> utf8)
    {
        var chars = 0;
        foreach (var value in utf8)
        {
            // Continuation bytes add nothing; a four-byte sequence is a surrogate pair.
            chars += (value & 0xC0) == 0x80 ? 0 : value >= 0xF0 ? 2 : 1;
        }

        return chars;
    }
}
