using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimFunctions.Scim.Json;

/// <summary>JSON settings and media types shared by every SCIM response.</summary>
public static class ScimJson
{
    /// <summary>RFC 7644 §8.1 media type; Entra expects it on every response.</summary>
    public const string MediaType = "application/scim+json";

    public const string ContentType = MediaType + "; charset=utf-8";

    public const string ErrorSchema = "urn:ietf:params:scim:api:messages:2.0:Error";

    public const string ListResponseSchema = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    public const string PatchOpSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    public static readonly JsonSerializerOptions Options = new()
    {
        // Values are echoed exactly as sent; escaping '+' or '<' as \u002B would still be valid
        // JSON but makes the request log and the UI harder to read.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    public static byte[] Serialize(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Options);
}
