using System.Text;

namespace ScimFunctions.Hosting;

/// <summary>Writes a response body straight to the host's response stream.</summary>
public delegate Task ResponseBodyWriter(Stream destination, CancellationToken cancellation);

/// <summary>
/// An HTTP response as the application produces it; hosts copy it onto their own type. The body
/// is either bytes or, for bodies too large to hold in memory, a writer that the host runs once
/// with its response stream (the writer releases what it holds when it ends).
/// </summary>
public sealed class AppResponse
{
    public AppResponse(int statusCode, byte[]? body = null, string? contentType = null)
    {
        StatusCode = statusCode;
        Body = body ?? [];
        ContentType = contentType;
    }

    public AppResponse(int statusCode, ResponseBodyWriter bodyWriter, string? contentType)
        : this(statusCode, (byte[]?)null, contentType) => BodyWriter = bodyWriter;

    public int StatusCode { get; }

    /// <summary>The body as bytes; empty when the body is streamed (see <see cref="BodyWriter"/>).</summary>
    public byte[] Body { get; }

    /// <summary>The streamed body, or null when <see cref="Body"/> holds it.</summary>
    public ResponseBodyWriter? BodyWriter { get; }

    public string? ContentType { get; }

    /// <summary>Headers other than Content-Type.</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static AppResponse NoContent() => new(204);

    public static AppResponse Text(int statusCode, string text, string contentType) =>
        new(statusCode, Encoding.UTF8.GetBytes(text), contentType);

    public AppResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }

    /// <summary>The same response with its streamed body written through <paramref name="writer"/>.</summary>
    public AppResponse WithBodyWriter(ResponseBodyWriter writer)
    {
        var copy = new AppResponse(StatusCode, writer, ContentType);
        foreach (var (name, value) in Headers)
        {
            copy.Headers[name] = value;
        }

        return copy;
    }

    /// <summary>Writes the body, streamed or not, to <paramref name="destination"/>.</summary>
    public Task WriteBodyAsync(Stream destination, CancellationToken cancellation) =>
        BodyWriter is { } writer
            ? writer(destination, cancellation)
            : destination.WriteAsync(Body, cancellation).AsTask();
}
