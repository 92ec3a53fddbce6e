using System.Text.Json.Nodes;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Tests.Scim.Patch;

/// <summary>Resources and PatchOp bodies as Entra sends them, for the PATCH engine tests.</summary>
internal static class PatchTestData
{
    public const string Enterprise = ScimSchemas.EnterpriseUserUrn;

    /// <summary>The E-13 user as stored: one work e-mail, a name, no manager.</summary>
    public static JsonObject User() => JsonOf("""
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
          "id": "u-1001",
          "externalId": "00000000-0000-0000-0000-000000000011",
          "userName": "user.one@example.com",
          "active": true,
          "name": { "formatted": "Given Family", "familyName": "Family", "givenName": "Given" },
          "emails": [{ "primary": true, "type": "work", "value": "user.one@example.com" }],
          "meta": { "resourceType": "User", "created": "2024-01-01T00:00:00Z" }
        }
        """);

    /// <summary>A user created with only userName and active, as the SCIM Validator does (V-1).</summary>
    public static JsonObject BareUser() => JsonOf("""
        { "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "u-1001",
          "userName": "user.one@example.com", "active": true }
        """);

    public static JsonObject Group() => JsonOf("""
        { "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "id": "g-2001",
          "externalId": "00000000-0000-0000-0000-000000000031", "displayName": "Team Alpha" }
        """);

    public static JsonObject JsonOf(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>Builds a PatchOp body from the Operations array's JSON.</summary>
    public static PatchDocument Patch(string operations) =>
        PatchDocument.Parse(JsonOf(
            $$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":{{operations}}}"""));

    public static PatchResult ApplyToUser(JsonObject user, string operations) =>
        PatchApplier.Apply(user, Patch(operations), ScimSchemas.UserType);

    public static PatchResult ApplyToGroup(string operations) =>
        PatchApplier.Apply(Group(), Patch(operations), ScimSchemas.GroupType);

    public static JsonObject EnterpriseOf(JsonObject resource) => resource[Enterprise]!.AsObject();

    public static JsonArray Array(JsonObject resource, string name) => resource[name]!.AsArray();
}
