namespace ScimFunctions.Scim.Schema;

/// <summary>The schemas and resource types this service implements, and nothing else.</summary>
public static class ScimSchemas
{
    public const string UserUrn = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string GroupUrn = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public const string EnterpriseUserUrn = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    // TODO(#2): the full RFC 7643 §4 attribute lists; filled in by the protocol work.
    public static SchemaDefinition User { get; } = new(UserUrn, "User", "User Account", []);

    public static SchemaDefinition EnterpriseUser { get; } = new(EnterpriseUserUrn, "EnterpriseUser", "Enterprise User", []);

    public static SchemaDefinition Group { get; } = new(GroupUrn, "Group", "Group", []);

    public static ResourceTypeDefinition UserType { get; } = new("User", "/Users", "User Account", User, [EnterpriseUser]);

    public static ResourceTypeDefinition GroupType { get; } = new("Group", "/Groups", "Group", Group, []);
}
