using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// The ORDER BY of a list query. Without <c>sortBy</c> the order is creation order, so pages
/// stay stable while Entra walks them. Missing values sort last (RFC 7644 §3.4.2.3).
/// </summary>
internal static class SqlSort
{
    public static string OrderBy(ResourceKind kind, AttributePath? sortBy, bool descending, out string? jsonPath)
    {
        jsonPath = null;
        if (sortBy is null)
        {
            return "ORDER BY created, id";
        }

        var direction = descending ? "DESC" : "ASC";
        var column = FilterColumn.Find(kind, sortBy)?.Column;
        if (column is null)
        {
            jsonPath = JsonPath(kind, sortBy);
            column = "json_extract(data, @sort)";
        }

        return $"ORDER BY ({column} IS NULL), {column} {direction}, id";
    }

    /// <summary>A JSON path for <c>json_extract</c>; multi-valued attributes sort by their first value.</summary>
    private static string JsonPath(ResourceKind kind, AttributePath path)
    {
        var resourceType = kind == ResourceKind.User ? ScimSchemas.UserType : ScimSchemas.GroupType;
        var schema = FilterColumn.IsCore(kind, path.SchemaUrn) ? resourceType.Schema : resourceType.FindExtension(path.SchemaUrn!);
        var attribute = schema?.FindAttribute(path.Attribute);
        var prefix = FilterColumn.IsCore(kind, path.SchemaUrn) ? "$" : $"$.\"{path.SchemaUrn}\"";
        var json = $"{prefix}.\"{path.Attribute}\"";
        if (attribute?.MultiValued == true)
        {
            json += $"[0].\"{path.SubAttribute ?? "value"}\"";
        }
        else if (path.SubAttribute is not null)
        {
            json += $".\"{path.SubAttribute}\"";
        }

        return json;
    }
}
