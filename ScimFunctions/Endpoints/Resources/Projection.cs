using ScimFunctions.Hosting;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>The <c>attributes</c> and <c>excludedAttributes</c> a request asked for.</summary>
public sealed record Projection(IReadOnlyList<string>? Attributes, IReadOnlyList<string>? ExcludedAttributes)
{
    public bool IsRequested => Attributes is not null || ExcludedAttributes is not null;

    public static Projection FromQuery(QueryParameters query) =>
        new(Split(query["attributes"]), Split(query["excludedAttributes"]));

    /// <summary>Splits a comma-separated list; null when the parameter is absent or empty.</summary>
    public static List<string>? Split(string? list)
    {
        var items = list?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return items is { Count: > 0 } ? items : null;
    }
}
