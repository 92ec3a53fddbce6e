using static ScimFunctions.Scim.Schema.AttributeFactory;

namespace ScimFunctions.Scim.Schema;

/// <summary>
/// The schemas and resource types this service implements (RFC 7643 §4), and nothing else: the
/// core User with the enterprise extension, and Group. Common attributes (<c>id</c>,
/// <c>externalId</c>, <c>meta</c>) are in <see cref="Common"/>.
/// </summary>
public static class ScimSchemas
{
    public const string UserUrn = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string GroupUrn = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public const string EnterpriseUserUrn = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    /// <summary>RFC 7643 §3.1 attributes every resource has.</summary>
    public static IReadOnlyList<AttributeDefinition> Common { get; } =
    [
        new("id", AttributeType.String, CaseExact: true, Mutability: Mutability.ReadOnly,
            Returned: Returned.Always, Uniqueness: Uniqueness.Server, Description: "Unique identifier set by the service."),
        new("externalId", AttributeType.String, CaseExact: true,
            Description: "Identifier of the resource in the provisioning client."),
        new("meta", AttributeType.Complex, Mutability: Mutability.ReadOnly, Description: "Resource metadata.")
        {
            SubAttributes =
            [
                new("resourceType", AttributeType.String, CaseExact: true, Mutability: Mutability.ReadOnly,
                    Description: "The name of the resource type."),
                new("created", AttributeType.DateTime, Mutability: Mutability.ReadOnly,
                    Description: "When the resource was added to the service."),
                new("lastModified", AttributeType.DateTime, Mutability: Mutability.ReadOnly,
                    Description: "When the resource was last changed."),
                new("location", AttributeType.Reference, CaseExact: true, Mutability: Mutability.ReadOnly,
                    Description: "The URI of the resource."),
                new("version", AttributeType.String, CaseExact: true, Mutability: Mutability.ReadOnly,
                    Description: "The version (weak ETag) of the resource."),
            ],
        },
    ];

    public static SchemaDefinition User { get; } = new(UserUrn, "User", "User Account",
    [
        new("userName", AttributeType.String, Required: true, Uniqueness: Uniqueness.Server,
            Description: "Unique identifier for the user, typically used to sign in."),
        Complex("name", "The components of the user's real name.",
            Text("formatted", "The full name, formatted for display."),
            Text("familyName", "The family name."),
            Text("givenName", "The given name."),
            Text("middleName", "The middle name(s)."),
            Text("honorificPrefix", "Honorific prefix, such as Ms."),
            Text("honorificSuffix", "Honorific suffix, such as III.")),
        Text("displayName", "The name of the user, suitable for display."),
        Text("nickName", "The casual way to address the user."),
        Reference("profileUrl", "A URI of the user's online profile.", "external"),
        Text("title", "The user's title, such as Vice President."),
        Text("userType", "The relationship between the organization and the user."),
        Text("preferredLanguage", "The user's preferred written or spoken language."),
        Text("locale", "The user's default location for localization."),
        Text("timezone", "The user's time zone in IANA format."),
        Flag("active", "The user's administrative status."),
        new("password", AttributeType.String, Mutability: Mutability.WriteOnly, Returned: Returned.Never,
            Description: "The user's clear-text password; write-only, never returned."),
        MultiValued("emails", "E-mail addresses for the user.", ["work", "home", "other"]),
        MultiValued("phoneNumbers", "Phone numbers for the user.", ["work", "home", "mobile", "fax", "pager", "other"]),
        MultiValued("ims", "Instant messaging addresses for the user.", ["aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo"]),
        // RFC 7643 §8.7.1: a photo's value is a URL, a certificate's value is binary (base64).
        MultiValued("photos", "URLs of photos of the user.", ["photo", "thumbnail"])
            .WithValueType(AttributeType.Reference, "external"),
        new("addresses", AttributeType.Complex, MultiValued: true, Description: "Physical mailing addresses.")
        {
            SubAttributes =
            [
                Text("formatted", "The full mailing address, formatted for display."),
                Text("streetAddress", "The full street address."),
                Text("locality", "The city or locality."),
                Text("region", "The state or region."),
                Text("postalCode", "The zip code or postal code."),
                Text("country", "The country name (ISO 3166-1 alpha-2)."),
                Text("type", "A label indicating the address's function.") with { CanonicalValues = ["work", "home", "other"] },
                Flag("primary", "True for the preferred mailing address."),
            ],
        },
        new("groups", AttributeType.Complex, MultiValued: true, Mutability: Mutability.ReadOnly,
            Description: "Groups the user belongs to, direct membership only.")
        {
            SubAttributes =
            [
                new("value", AttributeType.String, Mutability: Mutability.ReadOnly,
                    Description: "The id of the group."),
                Reference("$ref", "The URI of the group.", "User", "Group") with { Mutability = Mutability.ReadOnly },
                new("display", AttributeType.String, Mutability: Mutability.ReadOnly,
                    Description: "The group's display name."),
                new("type", AttributeType.String, Mutability: Mutability.ReadOnly,
                    Description: "Whether the membership is direct or indirect.")
                {
                    CanonicalValues = ["direct", "indirect"],
                },
            ],
        },
        MultiValued("entitlements", "Entitlements of the user.", []),
        MultiValued("roles", "Roles of the user, such as application role assignments.", []),
        MultiValued("x509Certificates", "X.509 certificates of the user.", [])
            .WithValueType(AttributeType.Binary),
    ]);

    public static SchemaDefinition EnterpriseUser { get; } = new(EnterpriseUserUrn, "EnterpriseUser", "Enterprise User",
    [
        Text("employeeNumber", "Numeric or alphanumeric identifier assigned to a person."),
        Text("costCenter", "Identifies the name of a cost center."),
        Text("organization", "Identifies the name of an organization."),
        Text("division", "Identifies the name of a division."),
        Text("department", "Identifies the name of a department."),
        Complex("manager", "The user's manager.",
            Text("value", "The id of the manager's User resource.", caseExact: true),
            Reference("$ref", "The URI of the manager's User resource.", "User"),
            new("displayName", AttributeType.String, Mutability: Mutability.ReadOnly, Description: "The manager's display name.")),
    ]);

    public static SchemaDefinition Group { get; } = new(GroupUrn, "Group", "Group",
    [
        new("displayName", AttributeType.String, Required: true, Uniqueness: Uniqueness.Server,
            Description: "A human-readable name for the group; Entra matches groups on it."),
        new("members", AttributeType.Complex, MultiValued: true, Description: "A list of members of the group.")
        {
            SubAttributes =
            [
                new("value", AttributeType.String, CaseExact: true, Mutability: Mutability.Immutable,
                    Description: "The id of the member resource."),
                Reference("$ref", "The URI of the member resource.", "User", "Group") with
                {
                    Mutability = Mutability.Immutable,
                },
                new("display", AttributeType.String, Mutability: Mutability.ReadOnly,
                    Description: "The member's display name."),
                new("type", AttributeType.String, Mutability: Mutability.Immutable,
                    Description: "The type of the member resource.")
                {
                    CanonicalValues = ["User", "Group"],
                },
            ],
        },
    ]);

    public static ResourceTypeDefinition UserType { get; } = new("User", "/Users", "User Account", User, [EnterpriseUser]);

    public static ResourceTypeDefinition GroupType { get; } = new("Group", "/Groups", "Group", Group, []);

    public static IReadOnlyList<ResourceTypeDefinition> ResourceTypes { get; } = [UserType, GroupType];

    public static IReadOnlyList<SchemaDefinition> All { get; } = [User, EnterpriseUser, Group];
}
