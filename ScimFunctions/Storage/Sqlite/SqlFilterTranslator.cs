using System.Globalization;
using System.Text;
using System.Text.Json;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// Translates a parsed filter into a WHERE condition. Attributes with a column (see
/// <see cref="FilterColumn"/>) and membership become SQL that uses the indexes; every other
/// sub-filter becomes <c>scim_match(i, data)</c>, evaluated on the row's JSON inside the query,
/// so that counting, sorting and paging always see exactly the matching rows.
/// </summary>
public sealed class SqlFilterTranslator
{
    private readonly ResourceKind _kind;
    private readonly string _table;
    private readonly List<KeyValuePair<string, object>> _parameters = [];
    private readonly List<FilterNode> _residuals = [];

    private SqlFilterTranslator(ResourceKind kind)
    {
        _kind = kind;
        _table = ResourceTable.For(kind).Name;
    }

    /// <summary>Translates <paramref name="filter"/>; null means every row.</summary>
    public static SqlFilter Translate(ResourceKind kind, FilterNode? filter)
    {
        if (filter is null)
        {
            return SqlFilter.All;
        }

        var translator = new SqlFilterTranslator(kind);
        var where = translator.Node(filter);
        return new SqlFilter(where, translator._parameters, translator._residuals);
    }

    private string Node(FilterNode node)
    {
        if (!UsesColumns(node))
        {
            _residuals.Add(node);
            return $"{SqlFilter.MatchFunction}({_residuals.Count - 1}, {_table}.data)";
        }

        return node switch
        {
            LogicalFilter logical => $"({Node(logical.Left)} {(logical.Operator == LogicalOperator.And ? "AND" : "OR")} "
                + $"{Node(logical.Right)})",

            // A comparison with an absent value yields NULL in SQL; NOT must read that as false.
            NotFilter not => $"(NOT COALESCE({Node(not.Inner)}, 0))",
            ComparisonFilter comparison => Comparison(comparison),
            PresentFilter present => Present(present.Path),
            ValuePathFilter valuePath => Membership(valuePath.Path, valuePath.ElementFilter),
            _ => throw ScimErrors.InvalidFilter("this kind of expression is not supported."),
        };
    }

    /// <summary>True when some leaf of <paramref name="node"/> is answered by a column or the member table.</summary>
    private bool UsesColumns(FilterNode node) => node switch
    {
        LogicalFilter logical => UsesColumns(logical.Left) || UsesColumns(logical.Right),
        NotFilter not => UsesColumns(not.Inner),
        ComparisonFilter comparison => FilterColumn.Find(_kind, comparison.Path) is not null
            || IsMembership(comparison.Path) || IsResourceType(comparison.Path),
        PresentFilter present => FilterColumn.Find(_kind, present.Path) is not null || IsMembership(present.Path),
        ValuePathFilter valuePath => IsMembership(valuePath.Path),
        _ => false,
    };

    private string Comparison(ComparisonFilter comparison)
    {
        if (IsMembership(comparison.Path))
        {
            var element = new ComparisonFilter(
                new AttributePath(null, comparison.Path.SubAttribute ?? "value"), comparison.Operator, comparison.Value);
            return Membership(comparison.Path, element);
        }

        if (IsResourceType(comparison.Path))
        {
            return ResourceTypeComparison(comparison);
        }

        var column = FilterColumn.Find(_kind, comparison.Path)!;
        if (comparison.Value is null)
        {
            return comparison.Operator switch
            {
                ComparisonOperator.Eq => $"({column.Column} IS NULL)",
                ComparisonOperator.Ne => $"({column.Column} IS NOT NULL)",
                _ => throw ScimErrors.InvalidFilter($"'{comparison.Path}' can only be compared with null by eq or ne."),
            };
        }

        return column.Kind switch
        {
            ColumnKind.Boolean => BooleanComparison(column, comparison),
            ColumnKind.Timestamp => TimestampComparison(column, comparison),
            _ => TextComparison(column.Column, comparison.Operator, Text(comparison, column.Kind == ColumnKind.LoweredText)),
        };
    }

    private string TextComparison(string column, ComparisonOperator op, string value)
    {
        if (value.Length == 0 && op is ComparisonOperator.Co or ComparisonOperator.Sw or ComparisonOperator.Ew)
        {
            return $"({column} IS NOT NULL)";
        }

        var p = Parameter(value);
        return op switch
        {
            ComparisonOperator.Eq => $"{column} = {p}",
            ComparisonOperator.Ne => $"({column} IS NULL OR {column} <> {p})",
            ComparisonOperator.Co => $"(instr({column}, {p}) > 0)",
            ComparisonOperator.Sw => $"(substr({column}, 1, length({p})) = {p})",
            ComparisonOperator.Ew => $"(length({column}) >= length({p}) AND substr({column}, -length({p})) = {p})",
            ComparisonOperator.Gt => $"{column} > {p}",
            ComparisonOperator.Ge => $"{column} >= {p}",
            ComparisonOperator.Lt => $"{column} < {p}",
            _ => $"{column} <= {p}",
        };
    }

    private static string BooleanComparison(FilterColumn column, ComparisonFilter comparison)
    {
        var value = comparison.Value!.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,

            // Entra and older clients write booleans as the strings "True" and "False".
            JsonValueKind.String when bool.TryParse(comparison.Value.GetValue<string>(), out var parsed) => parsed,
            _ => throw ScimErrors.InvalidFilter($"'{comparison.Path}' is a boolean."),
        };

        return comparison.Operator switch
        {
            ComparisonOperator.Eq => $"{column.Column} = {(value ? 1 : 0)}",
            ComparisonOperator.Ne => $"({column.Column} IS NULL OR {column.Column} <> {(value ? 1 : 0)})",
            _ => throw ScimErrors.InvalidFilter($"'{comparison.Path}' is a boolean; only eq, ne and pr apply."),
        };
    }

    private string TimestampComparison(FilterColumn column, ComparisonFilter comparison)
    {
        if (comparison.Value!.GetValueKind() != JsonValueKind.String
            || !StorageTime.TryNormalize(comparison.Value.GetValue<string>(), out var stored))
        {
            throw ScimErrors.InvalidFilter($"'{comparison.Path}' needs a date-time such as \"2024-01-31T12:00:00Z\".");
        }

        if (comparison.Operator is ComparisonOperator.Co or ComparisonOperator.Sw or ComparisonOperator.Ew)
        {
            throw ScimErrors.InvalidFilter($"'{comparison.Path}' is a date-time; co, sw and ew do not apply.");
        }

        return TextComparison(column.Column, comparison.Operator, stored);
    }

    private string ResourceTypeComparison(ComparisonFilter comparison)
    {
        var same = string.Equals(
            comparison.Value?.ToString(), ResourceTable.For(_kind).ResourceType, StringComparison.OrdinalIgnoreCase);
        return comparison.Operator switch
        {
            ComparisonOperator.Eq => same ? "1" : "0",
            ComparisonOperator.Ne => same ? "0" : "1",
            _ => throw ScimErrors.InvalidFilter("'meta.resourceType' supports only eq and ne."),
        };
    }

    private string Present(AttributePath path)
    {
        if (IsMembership(path))
        {
            return Membership(path, null);
        }

        var column = FilterColumn.Find(_kind, path)!.Column;
        return column is "display_name_key" or "external_id"
            ? $"({column} IS NOT NULL AND {column} <> '')"
            : $"({column} IS NOT NULL)";
    }

    /// <summary>
    /// <c>members[value eq "id"]</c> on groups and <c>groups[value eq "id"]</c> on users read the
    /// member table through its indexes; the group's member list is never loaded.
    /// </summary>
    private string Membership(AttributePath path, FilterNode? element)
    {
        var (own, other) = _kind == ResourceKind.Group ? ("group_id", "member_id") : ("member_id", "group_id");
        var sql = new StringBuilder(
            $"EXISTS (SELECT 1 FROM group_members m WHERE m.{own} = {_table}.id");
        if (element is not null)
        {
            sql.Append(" AND ").Append(MemberElement(path, element, other));
        }

        return sql.Append(')').ToString();
    }

    private string MemberElement(AttributePath path, FilterNode element, string other)
    {
        if (element is LogicalFilter { Operator: LogicalOperator.And } and)
        {
            return $"({MemberElement(path, and.Left, other)} AND {MemberElement(path, and.Right, other)})";
        }

        if (element is ComparisonFilter { Path.SubAttribute: null, Value: not null } comparison
            && comparison.Path.Attribute is "value" or "type"
            && comparison.Operator is ComparisonOperator.Eq or ComparisonOperator.Ne)
        {
            var column = comparison.Path.Attribute == "value" ? $"m.{other}" : "m.member_type";
            return TextComparison(column, comparison.Operator, Text(comparison, lower: false));
        }

        throw ScimErrors.InvalidFilter($"'{path.Attribute}' can be filtered only by value or type with eq, ne and and.");
    }

    private bool IsMembership(AttributePath path) =>
        FilterColumn.IsCore(_kind, path.SchemaUrn)
        && path.Attribute == (_kind == ResourceKind.Group ? "members" : "groups");

    private bool IsResourceType(AttributePath path) =>
        FilterColumn.IsCore(_kind, path.SchemaUrn) && path is { Attribute: "meta", SubAttribute: "resourceType" };

    private static string Text(ComparisonFilter comparison, bool lower)
    {
        var value = comparison.Value!;
        var text = value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : value.ToJsonString();
        return lower ? text.ToLowerInvariant() : text;
    }

    private string Parameter(object value)
    {
        var name = "@f" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new(name, value));
        return name;
    }
}
