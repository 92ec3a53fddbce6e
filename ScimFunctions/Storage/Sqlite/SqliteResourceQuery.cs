using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Scim.Json;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Storage.Sqlite;

/// <summary>
/// One list query: the filter, count, sort and page all run in SQL inside one read transaction,
/// so <c>totalResults</c> and the page agree even while writes go on.
/// </summary>
internal static class SqliteResourceQuery
{
    public static ResourcePage Run(ReadConnection reader, ResourceKind kind, ResourceQuery query)
    {
        var connection = reader.Connection;
        var table = ResourceTable.For(kind);
        var filter = SqlFilterTranslator.Translate(kind, query.Filter);
        ScimException? evaluationError = null;
        if (filter.Residuals.Count > 0)
        {
            RegisterMatch(connection, kind, filter, error => evaluationError ??= error);
        }

        using var transaction = connection.BeginTransaction(deferred: true);
        var offset = Math.Max(query.StartIndex, 1) - 1;
        var resources = query.Count > 0 ? ReadPage(reader, transaction, table, filter, query, offset) : [];
        ThrowIf(evaluationError);

        // A first page that is not full already holds every match (Entra's lookups by userName
        // or externalId find one row or none), so the count needs no second pass.
        var total = offset == 0 && resources.Count < query.Count ? resources.Count : Count(reader, transaction, table, filter);
        ThrowIf(evaluationError);
        if (query.IncludeMembers && kind == ResourceKind.Group)
        {
            resources = resources.Select(group => group with { Members = MemberStore.Read(connection, group.Id) }).ToList();
        }

        return new ResourcePage(total, resources);
    }

    private static List<StoredResource> ReadPage(
        ReadConnection reader,
        SqliteTransaction transaction,
        ResourceTable table,
        SqlFilter filter,
        ResourceQuery query,
        int offset)
    {
        var orderBy = SqlSort.OrderBy(table.Kind, query.SortBy, query.SortDescending, out var sortPath);
        var page = Command(
            reader,
            transaction,
            filter,
            $"SELECT {ResourceRows.Columns} FROM {table.Name} WHERE {filter.Where} {orderBy} LIMIT @limit OFFSET @offset");
        page.Parameters.AddWithValue("@limit", query.Count);
        page.Parameters.AddWithValue("@offset", offset);
        if (sortPath is not null)
        {
            page.Parameters.AddWithValue("@sort", sortPath);
        }

        return ResourceRows.ReadAll(page, table.Kind);
    }

    private static int Count(ReadConnection reader, SqliteTransaction transaction, ResourceTable table, SqlFilter filter)
    {
        var count = Command(reader, transaction, filter, $"SELECT COUNT(*) FROM {table.Name} WHERE {filter.Where}");
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SqliteCommand Command(ReadConnection reader, SqliteTransaction transaction, SqlFilter filter, string sql)
    {
        var command = reader.Prepared(sql, transaction);
        foreach (var (name, value) in filter.Parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    /// <summary>
    /// Registers <c>scim_match</c> for the residual sub-filters. A SCIM error raised inside the
    /// function would reach the caller as a generic SQLite error, so it is kept and rethrown.
    /// </summary>
    private static void RegisterMatch(
        SqliteConnection connection, ResourceKind kind, SqlFilter filter, Action<ScimException> fail)
    {
        var resourceType = kind == ResourceKind.User ? ScimSchemas.UserType : ScimSchemas.GroupType;
        connection.CreateFunction(
            SqlFilter.MatchFunction,
            (long index, string data) =>
            {
                if (index < 0 || index >= filter.Residuals.Count)
                {
                    return false;
                }

                try
                {
                    var json = JsonNode.Parse(data, ScimJson.NodeOptions)!.AsObject();
                    return FilterEvaluator.Matches(filter.Residuals[(int)index], json, resourceType);
                }
                catch (ScimException error)
                {
                    fail(error);
                    return false;
                }
            },
            isDeterministic: true);
    }

    private static void ThrowIf(ScimException? error)
    {
        if (error is not null)
        {
            throw error;
        }
    }
}
