namespace ScimFunctions.Scim.Patch;

/// <summary>A group member as sent by the client: its id, and optionally its type and display name.</summary>
public sealed record MemberReference(string Value, string? Type = null, string? Display = null);
