using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Json;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>
/// Reads a request body that must be one JSON object. The whole text is checked here, before
/// anything reads it: System.Text.Json accepts some faults at parse time and only throws when a
/// value is read, which would otherwise surface deep inside a handler as a 500.
/// </summary>
public static class RequestBody
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static JsonObject ReadObject(AppRequest request)
    {
        if (request.Body.Length == 0)
        {
            throw ScimErrors.BodyRequired();
        }

        // Windows PowerShell 5.1 writes a UTF-8 BOM; RFC 8259 §8.1 lets a parser ignore it.
        var body = request.Body.AsMemory();
        if (body.Span.StartsWith(Utf8ByteOrderMark))
        {
            body = body[Utf8ByteOrderMark.Length..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, ScimJson.DocumentOptions);
        }
        catch (JsonException)
        {
            throw ScimErrors.MalformedJson();
        }

        using (document)
        {
            CheckText(document.RootElement);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? JsonObject.Create(document.RootElement.Clone(), ScimJson.NodeOptions)!
                : throw ScimErrors.BodyNotObject();
        }
    }

    /// <summary>
    /// Decodes every name and string once, and refuses a name repeated in one object. A lone surrogate escape (<c>\ud800</c>) is valid JSON
    /// grammar and invalid UTF-8 bytes pass the parser, yet neither is text that can be stored.
    /// </summary>
    private static void CheckText(JsonElement element)
    {
        try
        {
            Walk(element);
        }
        catch (InvalidOperationException)
        {
            throw ScimErrors.UndecodableText();
        }
    }

    private static void Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }

                break;
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var property in element.EnumerateObject())
                {
                    // Which of two values would win is undefined (RFC 8259 §4), and SCIM
                    // attribute names ignore case (RFC 7643 §2.1), so "USERNAME" repeats "userName".
                    if (!names.Add(property.Name))
                    {
                        throw ScimErrors.RepeatedAttribute(property.Name);
                    }

                    Walk(property.Value);
                }

                break;
        }
    }
}
