using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>
/// The parameters of a list query (RFC 7644 §3.4.2), from the query string of a GET or the
/// body of a POST to <c>.search</c>. Paging is forgiving: Entra and the RFC both omit it.
/// </summary>
public sealed record ListRequest(
    FilterNode? Filter,
    int StartIndex,
    int Count,
    AttributePath? SortBy,
    bool SortDescending,
    IReadOnlyList<string>? Attributes,
    IReadOnlyList<string>? ExcludedAttributes)
{
    public const int DefaultCount = 100;
    public const int MaxCount = 200;

    public static ListRequest FromQuery(QueryParameters query, ResourceTypeDefinition type) => Create(
        query["filter"],
        query["startIndex"],
        query["count"],
        query["sortBy"],
        query["sortOrder"],
        Projection.Split(query["attributes"]),
        Projection.Split(query["excludedAttributes"]),
        type);

    public static ListRequest FromSearchBody(JsonObject body, ResourceTypeDefinition type) => Create(
        Text(body, "filter"),
        Text(body, "startIndex"),
        Text(body, "count"),
        Text(body, "sortBy"),
        Text(body, "sortOrder"),
        List(body, "attributes"),
        List(body, "excludedAttributes"),
        type);

    private static ListRequest Create(
        string? filter,
        string? startIndex,
        string? count,
        string? sortBy,
        string? sortOrder,
        IReadOnlyList<string>? attributes,
        IReadOnlyList<string>? excluded,
        ResourceTypeDefinition type)
    {
        var parsed = string.IsNullOrWhiteSpace(filter) ? null : FilterParser.Parse(filter, type);
        var start = Math.Max(Number(startIndex, "startIndex") ?? 1, 1);
        var size = Math.Clamp(Number(count, "count") ?? DefaultCount, 0, MaxCount);
        var descending = sortOrder?.Trim().ToUpperInvariant() switch
        {
            null or "" or "ASCENDING" => false,
            "DESCENDING" => true,
            _ => throw ScimErrors.InvalidParameter("sortOrder"),
        };

        return new ListRequest(parsed, start, size, Sort(sortBy, type), descending, attributes, excluded);
    }

    private static AttributePath? Sort(string? sortBy, ResourceTypeDefinition type)
    {
        if (string.IsNullOrWhiteSpace(sortBy))
        {
            return null;
        }

        return AttributeResolver.TryResolve(sortBy.Trim(), type, out _)?.Path ?? throw ScimErrors.InvalidParameter("sortBy");
    }

    private static int? Number(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Values beyond int are clamped rather than rejected: they ask for "everything" or "nothing".
        return long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? (int)Math.Clamp(value, int.MinValue, int.MaxValue)
            : throw ScimErrors.InvalidParameter(name);
    }

    private static string? Text(JsonObject body, string name)
    {
        var node = body.FirstOrDefault(pair => pair.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
        return node is JsonValue value
            ? value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString()
            : null;
    }

    private static List<string>? List(JsonObject body, string name)
    {
        var node = body.FirstOrDefault(pair => pair.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
        return node switch
        {
            JsonArray array => array.Select(item => item?.ToString() ?? string.Empty).Where(s => s.Length > 0).ToList(),
            JsonValue => Projection.Split(Text(body, name)),
            _ => null,
        };
    }
}
