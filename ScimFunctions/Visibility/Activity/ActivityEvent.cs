using System.Text.Json.Nodes;

namespace ScimFunctions.Visibility.Activity;

/// <summary>What a logged request means for a person reading the feed.</summary>
public sealed record ActivityEvent(
    string EventType,
    string Severity,
    string Summary,
    bool IsKeepalive,
    string? ResourceType,
    string? ResourceId,
    string? ResourceName,
    JsonObject? Details);
