using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Visibility.RequestLog;

namespace ScimFunctions.Visibility.Activity;

/// <summary>
/// Turns a logged request into a readable event. Writes are described from the changes the
/// endpoints recorded; reads, keepalives and errors from the request and response alone.
/// </summary>
public static class ActivityClassifier
{
    /// <param name="request">The request and response as captured.</param>
    /// <param name="response">The response body parsed, or null when it is not JSON.</param>
    /// <param name="names">Display names of ids the changes mention (managers, members).</param>
    public static ActivityEvent Classify(CapturedRequest request, JsonNode? response, IReadOnlyDictionary<string, string> names)
    {
        var shape = RequestShape.Parse(request.Path, request.QueryString);
        var name = request.ResourceName;
        if (request.Status >= 400)
        {
            return DescribeError(request, shape, response, name);
        }

        if (request.Changes.Count > 0)
        {
            return ChangeDescriber.Describe(request.Changes[0], request.Changes.Skip(1), name, names);
        }

        if (!shape.IsScim)
        {
            var admin = $"Admin: {request.Method} {request.Path}";
            return new ActivityEvent(EventTypes.Admin, Severities.Info, admin, false, null, null, null, null);
        }

        return request.Method is "GET" or "HEAD"
            ? DescribeRead(request, shape, response, name)
            : new ActivityEvent(EventTypes.NoChange, Severities.Info,
                $"{request.Method} {shape.Endpoint}{Target(shape, name)} changed nothing",
                false, shape.ResourceType, request.ResourceId ?? shape.Id, name, null);
    }

    /// <summary>Ids whose names make the event readable: managers and members.</summary>
    public static IEnumerable<string> IdsToName(CapturedRequest request)
    {
        foreach (var change in request.Changes)
        {
            foreach (var (attribute, value) in ResourceDiff.Flatten(change.Before).Concat(ResourceDiff.Flatten(change.After)))
            {
                if (attribute.EndsWith(ResourceDiff.ManagerSuffix, StringComparison.Ordinal))
                {
                    yield return value;
                }
            }

            foreach (var id in (change.MembersAdded ?? []).Concat(change.MembersRemoved ?? []))
            {
                yield return id;
            }
        }
    }

    private static ActivityEvent DescribeRead(CapturedRequest request, RequestShape shape, JsonNode? response, string? name)
    {
        var total = response is JsonObject list && list["totalResults"] is JsonValue value
            && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<long>() : (long?)null;
        var keepalive = KeepaliveRule.IsKeepalive(request.Method, shape.Endpoint, shape.Id is not null,
            shape.Filter, request.Status, total);
        var details = new JsonObject { ["filter"] = shape.Filter, ["totalResults"] = total };
        if (keepalive)
        {
            var check = $"Connection check on {shape.Endpoint}: no match, as expected";
            return new ActivityEvent(EventTypes.Keepalive, Severities.Info, check, true, shape.ResourceType, null, null, details);
        }

        var summary = shape.Id is not null ? $"Read {shape.ResourceType ?? shape.Endpoint}{Target(shape, name)}"
            : shape.Filter is not null ? $"Searched {shape.Endpoint} for {shape.Filter}: {Results(total)}"
            : total is not null ? $"Listed {shape.Endpoint}: {Results(total)}"
            : $"Read {shape.Endpoint}";
        return new ActivityEvent(EventTypes.Read, Severities.Info, summary, false, shape.ResourceType,
            request.ResourceId ?? shape.Id, name, details);
    }

    private static ActivityEvent DescribeError(CapturedRequest request, RequestShape shape, JsonNode? response, string? name)
    {
        var detail = (response as JsonObject)?["detail"]?.GetValueKind() == JsonValueKind.String
            ? (string?)response!["detail"] : null;
        var scimType = (response as JsonObject)?["scimType"]?.GetValueKind() == JsonValueKind.String
            ? (string?)response!["scimType"] : null;
        var what = shape.IsScim ? $"{request.Method} {shape.Endpoint}{Target(shape, name)}" : $"{request.Method} {request.Path}";
        var summary = request.Status == 401
            ? $"Rejected {what}: no valid bearer token"
            : $"{what} failed with {request.Status}{(scimType is null ? "" : $" {scimType}")}: {detail ?? "no detail"}";
        var details = new JsonObject { ["status"] = request.Status, ["scimType"] = scimType, ["detail"] = detail };
        return new ActivityEvent(EventTypes.Error, Severities.ForStatus(request.Status), summary, false,
            shape.ResourceType, request.ResourceId ?? shape.Id, name, details);
    }

    private static string Target(RequestShape shape, string? name) =>
        name is not null ? $" \"{name}\"" : shape.Id is not null ? $" {shape.Id}" : string.Empty;

    private static string Results(long? total) => total == 1 ? "1 result" : $"{total ?? 0} results";
}
