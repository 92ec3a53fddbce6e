using System.Text.Json.Nodes;
using ScimFunctions.Scim.Patch;

namespace ScimFunctions.Scim.Resources;

/// <summary>
/// A resource ready to store: its canonical JSON without <c>id</c>, <c>meta</c>, <c>members</c>
/// and <c>password</c>; the members of a group (null when the body had no members attribute);
/// and the password in the clear, which the store hashes and never returns.
/// </summary>
public sealed record NormalizedResource(JsonObject Data, IReadOnlyList<MemberReference>? Members, string? Password);
