using System.Text.Json.Nodes;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Resources.Compatibility;

/// <summary>
/// Compatibility rule: Entra's AppRoleAssignmentsComplex mapping sends each role's label as
/// <c>displayName</c>, while RFC 7643 §2.4 (and Entra's Assertive mapping) call it
/// <c>display</c>. A <c>displayName</c> is stored as <c>display</c>; when both are sent,
/// <c>display</c> wins.
/// </summary>
internal static class RoleDisplayName
{
    private static readonly AttributeDefinition Roles = ScimSchemas.User.FindAttribute("roles")!;

    /// <summary>The sub-attribute <paramref name="name"/> stands for on a role, or null.</summary>
    public static AttributeDefinition? Alias(AttributeDefinition parent, string name) =>
        ReferenceEquals(parent, Roles) && name.Equals("displayName", StringComparison.OrdinalIgnoreCase)
            ? Roles.FindSubAttribute("display")
            : null;

    /// <summary>True when <paramref name="name"/> is the alias and the entry also has the RFC name.</summary>
    public static bool IsShadowed(AttributeDefinition parent, string name, JsonObject entry) =>
        Alias(parent, name) is not null
            && entry.Any(p => p.Key.Equals("display", StringComparison.OrdinalIgnoreCase) && p.Value is not null);
}
