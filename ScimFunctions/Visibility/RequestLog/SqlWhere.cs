using Microsoft.Data.Sqlite;

namespace ScimFunctions.Visibility.RequestLog;

/// <summary>Collects WHERE conditions and their parameters, so user input is never spliced into SQL.</summary>
internal sealed class SqlWhere
{
    private readonly List<string> _conditions = [];
    private readonly Dictionary<string, object> _parameters = [];

    public SqlWhere Add(string condition) => AddIf(true, condition);

    public SqlWhere AddIf(bool when, string condition, params (string Name, object Value)[] parameters)
    {
        if (!when)
        {
            return this;
        }

        _conditions.Add(condition);
        foreach (var (name, value) in parameters)
        {
            _parameters[name] = value;
        }

        return this;
    }

    /// <summary>A case-insensitive substring match on any of the columns.</summary>
    public SqlWhere AddText(string? text, params string[] columns)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        var pattern = "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        var any = string.Join(" OR ", columns.Select(column => $"{column} LIKE $text ESCAPE '\\'"));
        return AddIf(true, $"({any})", ("$text", pattern));
    }

    public override string ToString() => _conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", _conditions);

    public void Bind(SqliteCommand command)
    {
        foreach (var (name, value) in _parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
