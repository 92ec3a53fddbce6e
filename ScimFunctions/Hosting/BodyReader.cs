using System.Buffers;

namespace ScimFunctions.Hosting;

/// <summary>Reads a request body up to a cap, so an oversized body costs at most the cap in memory.</summary>
public static class BodyReader
{
    /// <returns>The body, or an empty array and <c>TooLarge</c> when it exceeded the cap.</returns>
    public static async Task<(byte[] Body, bool TooLarge)> ReadAsync(Stream? body, long cap, CancellationToken cancellation)
    {
        if (body is null)
        {
            return ([], false);
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellation)) > 0)
            {
                if (buffer.Length + read > cap)
                {
                    return ([], true);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return (buffer.Length == 0 ? [] : buffer.ToArray(), false);
    }
}
