using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScimFunctions.Visibility.Redaction;

/// <summary>JSON settings for what the request log stores: readable, with nothing escaped needlessly.</summary>
internal static class RedactionJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };
}
