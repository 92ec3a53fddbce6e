using System.Buffers;
using ScimFunctions.Scim.Patch;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>One rendered entry of <c>members</c> or <c>groups</c>.</summary>
public readonly record struct RenderedReference(string Value, string Ref, string Type, string? Display);

/// <summary>
/// Renders member and group references for one base URI. Built once per response, because a
/// 50,000-member group would otherwise build 50,000 <see cref="Uri"/>s for its <c>$ref</c>s.
/// </summary>
public sealed class ReferenceRenderer
{
    // Ids made of these characters need no escaping, so their $ref is the collection URI plus the id.
    private static readonly SearchValues<char> Unreserved =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    private readonly Uri _baseUri;
    private readonly string _usersPrefix;
    private readonly string _groupsPrefix;

    public ReferenceRenderer(Uri baseUri)
    {
        _baseUri = baseUri;
        _usersPrefix = ResourceEndpoint.Users.Location(baseUri, string.Empty).AbsoluteUri;
        _groupsPrefix = ResourceEndpoint.Groups.Location(baseUri, string.Empty).AbsoluteUri;
    }

    /// <param name="reference">The stored reference.</param>
    /// <param name="typeFromMember">
    /// True for a group's member, which says what it is (User or Group); false for a user's
    /// groups, which are all Groups and whose type says direct or indirect.
    /// </param>
    public RenderedReference Render(MemberReference reference, bool typeFromMember)
    {
        var type = typeFromMember ? reference.Type ?? "User" : "Group";
        var isGroup = type == "Group";
        var target = isGroup ? ResourceEndpoint.Groups : ResourceEndpoint.Users;
        var link = reference.Value.AsSpan().ContainsAnyExcept(Unreserved) || reference.Value.Length == 0
            ? target.Location(_baseUri, reference.Value).AbsoluteUri
            : (isGroup ? _groupsPrefix : _usersPrefix) + reference.Value;
        var shownType = typeFromMember ? type : reference.Type ?? "direct";
        return new RenderedReference(reference.Value, link, shownType, reference.Display);
    }
}
