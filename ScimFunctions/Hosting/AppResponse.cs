using System.Text;

namespace ScimFunctions.Hosting;

/// <summary>An HTTP response as the application produces it; hosts copy it onto their own type.</summary>
public sealed class AppResponse
{
    public AppResponse(int statusCode, byte[]? body = null, string? contentType = null)
    {
        StatusCode = statusCode;
        Body = body ?? [];
        ContentType = contentType;
    }

    public int StatusCode { get; }

    public byte[] Body { get; }

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
}
