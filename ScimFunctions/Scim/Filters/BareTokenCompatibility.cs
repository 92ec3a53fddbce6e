using System.Text.Json.Nodes;

namespace ScimFunctions.Scim.Filters;

/// <summary>
/// Compatibility rule "unquoted filter values": Microsoft's SCIM tutorial writes
/// <c>externalId eq user.one</c> and its manager check <c>id eq u-1001 and manager eq u-1002</c>
/// without quotes, which RFC 7644 §3.4.2.2 does not allow. Answering such a filter with an
/// empty list makes Entra create a duplicate, so a bare token that is not <c>true</c>,
/// <c>false</c>, <c>null</c> or a number (or any bare token compared with a string attribute)
/// is read as the string it spells. Keywords (<c>and</c>, <c>or</c>, <c>not</c>) never are.
/// </summary>
public static class BareTokenCompatibility
{
    public static JsonValue AsString(string token) => JsonValue.Create(token);
}
