using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>How an indexed column holds its attribute's values.</summary>
internal enum ColumnKind
{
    /// <summary>Case-sensitive text (<c>id</c>, <c>externalId</c>: <c>caseExact: true</c>).</summary>
    ExactText,

    /// <summary>Lower-cased text (<c>userName</c>, <c>displayName</c>: <c>caseExact: false</c>).</summary>
    LoweredText,

    /// <summary>0 or 1 (<c>active</c>).</summary>
    Boolean,

    /// <summary>Fixed-width UTC text from <see cref="StorageTime"/> (<c>meta.created</c>, <c>meta.lastModified</c>).</summary>
    Timestamp,
}

/// <summary>An attribute answered by an indexed column of the resource table.</summary>
internal sealed record FilterColumn(string Column, ColumnKind Kind)
{
    /// <summary>Finds the column for a core attribute path, or null when the JSON must answer.</summary>
    public static FilterColumn? Find(ResourceKind kind, AttributePath path)
    {
        if (!IsCore(kind, path.SchemaUrn))
        {
            return null;
        }

        var name = path.SubAttribute is null ? path.Attribute : $"{path.Attribute}.{path.SubAttribute}";
        return (kind, name) switch
        {
            (_, "id") => new("id", ColumnKind.ExactText),
            (_, "externalId") => new("external_id", ColumnKind.ExactText),
            (_, "displayName") => new("display_name_key", ColumnKind.LoweredText),
            (_, "meta.created") => new("created", ColumnKind.Timestamp),
            (_, "meta.lastModified") => new("last_modified", ColumnKind.Timestamp),
            (ResourceKind.User, "userName") => new("user_name_key", ColumnKind.LoweredText),
            (ResourceKind.User, "active") => new("active", ColumnKind.Boolean),
            _ => null,
        };
    }

    public static bool IsCore(ResourceKind kind, string? schemaUrn) =>
        schemaUrn is null
        || schemaUrn.Equals(kind == ResourceKind.User ? ScimSchemas.UserUrn : ScimSchemas.GroupUrn, StringComparison.OrdinalIgnoreCase);
}
