using System.Text.Json.Nodes;

namespace ScimFunctions.Scim.Schema;

/// <summary>
/// The <c>/ServiceProviderConfig</c> document (RFC 7643 §5). It must tell the truth: Entra relies
/// on <c>patch.supported</c> (groups only work with PATCH), and a server that claimed a filter it
/// could not evaluate made Entra create duplicates (B-21, B-35).
/// </summary>
public static class ServiceProviderConfigDocument
{
    public const string ServiceProviderConfigUrn = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";

    /// <summary>The most resources one list response returns, whatever <c>count</c> asks for.</summary>
    public const int MaxResults = 200;

    /// <param name="scimBaseUrl">The absolute SCIM base, such as <c>https://host/scim/v2</c>.</param>
    public static JsonObject Create(string scimBaseUrl) => new()
    {
        ["schemas"] = new JsonArray(ServiceProviderConfigUrn),
        ["patch"] = Supported(true),
        ["bulk"] = new JsonObject { ["supported"] = false, ["maxOperations"] = 0, ["maxPayloadSize"] = 0 },
        ["filter"] = new JsonObject { ["supported"] = true, ["maxResults"] = MaxResults },
        ["changePassword"] = Supported(false),
        ["sort"] = Supported(true),
        ["etag"] = Supported(true),
        ["authenticationSchemes"] = new JsonArray(new JsonObject
        {
            ["type"] = "oauthbearertoken",
            ["name"] = "OAuth Bearer Token",
            ["description"] = "A bearer token in the Authorization header: the secret token set in Entra.",
            ["specUri"] = "https://www.rfc-editor.org/info/rfc6750",
            ["primary"] = true,
        }),
        ["meta"] = SchemaDocuments.Meta("ServiceProviderConfig", $"{scimBaseUrl}/ServiceProviderConfig"),
    };

    private static JsonObject Supported(bool supported) => new() { ["supported"] = supported };
}
