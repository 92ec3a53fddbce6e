using System.Text.Json.Nodes;
using ScimFunctions.Scim.Resources;
using ScimFunctions.Scim.Schema;
using static ScimFunctions.Tests.Scim.Resources.NormalizerTestData;

namespace ScimFunctions.Tests.Scim.Resources;

public sealed class ResourceNormalizerTests
{
    [Fact]
    public void Normalize_EntraCreateUser_IgnoresMetaDropsEmptyRolesAndUnusedUrn()
    {
        // E-13: meta is read-only and must be ignored, roles:[] accepted, the enterprise URN
        // listed with no enterprise data.
        const string body = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "externalId":"00000000-0000-0000-0000-000000000011",
             "userName":"user.one@example.com","active":true,
             "emails":[{"primary":true,"type":"work","value":"user.one@example.com"}],
             "meta":{"resourceType":"User"},
             "name":{"formatted":"Given Family","familyName":"Family","givenName":"Given"},
             "roles":[]}
            """;

        var result = User(body);

        Assert.Equal(Compact("""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "externalId":"00000000-0000-0000-0000-000000000011",
             "userName":"user.one@example.com",
             "name":{"formatted":"Given Family","familyName":"Family","givenName":"Given"},
             "active":true,
             "emails":[{"primary":true,"type":"work","value":"user.one@example.com"}]}
            """), result.Data.ToJsonString());
        Assert.Null(result.Members);
        Assert.Null(result.Password);
    }

    [Fact]
    public void Normalize_NullsMalformedUrnAndTopLevelEnterpriseNames_AreDropped()
    {
        // E-14: nulls mean no value (RFC 7643 §2.5), the "enterprise:2.0User" URN is malformed,
        // and top-level department/manager are not core attributes: all dropped, never rejected.
        const string body = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0User"],
             "externalId":"e-14","userName":"user.one@example.com","displayName":"Given Family",
             "active":true,"addresses":null,"phoneNumbers":null,"preferredLanguage":null,"title":null,
             "department":null,"manager":null,"name":{"givenName":"Given","familyName":null},
             "emails":[{"type":"work","value":"user.one@example.com","primary":true}]}
            """;

        var result = User(body);

        Assert.Equal(Compact("""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "externalId":"e-14","userName":"user.one@example.com","name":{"givenName":"Given"},
             "displayName":"Given Family","active":true,
             "emails":[{"type":"work","value":"user.one@example.com","primary":true}]}
            """), result.Data.ToJsonString());
    }

    [Fact]
    public void Normalize_TopLevelUnknownAttributeWithValue_IsDropped()
    {
        // E-14's other reading: a non-null top-level department is dropped just the same.

        var result = User("""{"userName":"u","department":"Retail","adreses":[{"country":"DE"}]}""");

        Assert.Equal(Compact("""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"u"}"""),
            result.Data.ToJsonString());
    }

    [Fact]
    public void Normalize_NamesInAnyCase_AreStoredInCanonicalSpelling()
    {
        // RFC 7643 §2.1: attribute names are case-insensitive; the reference collection sends
        // "Primary", "Department" and "Manager": {"Value": ...}.
        const string body = """
            {"USERNAME":"u","Name":{"GIVENNAME":"Given"},"emails":[{"Primary":true,"VALUE":"a@example.com"}],
             "URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER":
               {"Department":"bob","Manager":{"Value":"SuzzyQ"}}}
            """;

        var result = User(body);

        Assert.Equal(Compact($$$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","{{{Enterprise}}}"],
             "userName":"u","name":{"givenName":"Given"},"emails":[{"primary":true,"value":"a@example.com"}],
             "{{{Enterprise}}}":{"department":"bob","manager":{"value":"SuzzyQ"} } }
            """), result.Data.ToJsonString());
    }

    [Fact]
    public void Normalize_UrnQualifiedExtensionKey_MovesIntoTheExtensionObject()
    {
        // B-11: "<extension URN>:<attr>" addresses the attribute inside the extension (RFC 7644 §3.10).
        var body = $$$"""
            {"userName":"u","{{{Enterprise}}}":{"department":"Retail"},"{{{Enterprise}}}:employeeNumber":"E-1001",
             "urn:ietf:params:scim:schemas:core:2.0:User:title":"Engineer"}
            """;

        var result = User(body);

        Assert.Equal(Compact($$$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","{{{Enterprise}}}"],
             "userName":"u","title":"Engineer","{{{Enterprise}}}":{"employeeNumber":"E-1001","department":"Retail"}}
            """), result.Data.ToJsonString());
    }

    [Fact]
    public void Normalize_UnknownExtensionObject_IsKeptAsSentAndListedInSchemas()
    {
        // Custom Entra extension schemas are kept: seeing what Entra sent is the point of the tool.
        const string custom = "urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User";
        var body = $$$"""
            {"userName":"u","{{{custom}}}":{"costCode":"CC-9","Nested":{"a":[1,2,null]},"gone":null},
             "urn:example:other:1.0:tag":"blue","schemas":["urn:example:unused:1.0"]}
            """;

        var result = User(body);

        Assert.Equal(Compact($$$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","{{{custom}}}","urn:example:other:1.0"],
             "userName":"u","{{{custom}}}":{"costCode":"CC-9","Nested":{"a":[1,2]}},
             "urn:example:other:1.0":{"tag":"blue"}}
            """), result.Data.ToJsonString());
    }

    [Fact]
    public void Normalize_ReadOnlyAttributes_AreIgnored()
    {
        const string body = """
            {"id":"client-chosen","userName":"u","groups":[{"value":"g-2001"}],
             "meta":{"created":"2019-09-18T18:15:26Z"},"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{}}
            """;

        var result = User(body);

        Assert.Equal(Compact("""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"u"}"""),
            result.Data.ToJsonString());
    }

    [Fact]
    public void Normalize_Password_IsTakenOutOfTheData()
    {
        var result = User("""{"userName":"u","PassWord":"s3cret!"}""");

        Assert.Equal("s3cret!", result.Password);
        Assert.DoesNotContain("s3cret", result.Data.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_SingleObjectForMultiValuedAttribute_IsWrapped()
    {
        var result = User("""{"userName":"u","emails":{"value":"a@example.com","type":"work"}}""");

        Assert.Equal(Compact("""[{"value":"a@example.com","type":"work"}]"""), result.Data["emails"]!.ToJsonString());
    }

    [Fact]
    public void Normalize_ValuesAreStoredExactlyAsSent()
    {
        // D1 forbids reformatting: "55555555555" must not become "+5 (555)...".
        const string body = """
            {"userName":"  User.One@Example.COM ","phoneNumbers":[{"type":"mobile","value":"55555555555"}],
             "addresses":[{"type":"work","formatted":"Bldg 1/101\nFloor 2","unknownPart":"x","country":null}]}
            """;

        var result = User(body);

        Assert.Equal("  User.One@Example.COM ", (string?)result.Data["userName"]);
        Assert.Equal("55555555555", (string?)result.Data["phoneNumbers"]![0]!["value"]);
        Assert.Equal(Compact("""[{"type":"work","formatted":"Bldg 1/101\nFloor 2"}]"""),
            result.Data["addresses"]!.ToJsonString());
    }

    [Fact]
    public void Normalize_InputObject_IsNotModified()
    {
        var input = JsonNode.Parse("""{"userName":"u","active":"True","meta":{"resourceType":"User"}}""")!.AsObject();
        var before = input.ToJsonString();

        ResourceNormalizer.Normalize(input, ScimSchemas.UserType);

        Assert.Equal(before, input.ToJsonString());
    }

    [Fact]
    public void Normalize_RoleValueHoldingJson_IsStoredVerbatim()
    {
        // E-33: Entra's AppRoleAssignmentsComplex PATCH puts a JSON document inside the role's
        // value string. Policy: store the string exactly as sent; the service does not parse it.
        const string role =
            """{"id":"00000000-0000-0000-0000-000000000021","value":"Admin","displayName":"Admin"}""";
        var body = new JsonObject
        {
            ["userName"] = "u",
            ["roles"] = new JsonArray(new JsonObject { ["value"] = role }),
        };

        var result = ResourceNormalizer.Normalize(body, ScimSchemas.UserType);

        Assert.Equal(role, (string?)result.Data["roles"]![0]!["value"]);
    }

    [Fact]
    public void Normalize_EntraRolesAndPrimary_AreAccepted()
    {
        // E-15 and B-37: "primary" is a defined sub-attribute of roles and emails.
        const string body = """
            {"userName":"u","roles":[{"primary":true,"type":"WindowsAzureActiveDirectoryRole","value":"Admin"}]}
            """;

        var result = User(body);

        Assert.Equal(Compact("""[{"primary":true,"type":"WindowsAzureActiveDirectoryRole","value":"Admin"}]"""),
            result.Data["roles"]!.ToJsonString());
    }
}
