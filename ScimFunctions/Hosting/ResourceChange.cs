using System.Text.Json.Nodes;

namespace ScimFunctions.Hosting;

/// <summary>What a request did to one resource: its JSON before and after (null when absent).</summary>
/// <param name="ResourceType">"User" or "Group".</param>
/// <param name="Id">The resource id.</param>
/// <param name="Before">The resource before the change; null for a create.</param>
/// <param name="After">The resource after the change; null for a delete.</param>
/// <param name="MembersAdded">Member ids added to a group, without reading the whole member list.</param>
/// <param name="MembersRemoved">Member ids removed from a group.</param>
public sealed record ResourceChange(
    string ResourceType,
    string Id,
    JsonObject? Before,
    JsonObject? After,
    IReadOnlyList<string>? MembersAdded = null,
    IReadOnlyList<string>? MembersRemoved = null);
