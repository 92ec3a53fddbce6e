using System.Text;

namespace ScimFunctions.Hosting;

/// <summary>
/// Query parameters decoded as HTML forms encode them: <c>+</c> is a space. Entra sends
/// <c>filter=userName+eq+%22...%22</c>, so a plain URL decode would leave the plus signs in.
/// </summary>
public sealed class QueryParameters
{
    private readonly Dictionary<string, string> _values;

    private QueryParameters(Dictionary<string, string> values) => _values = values;

    public static QueryParameters Parse(string queryString)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in queryString.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);

            // The first occurrence wins; SCIM defines no repeated parameters.
            values.TryAdd(name, value);
        }

        return new QueryParameters(values);
    }

    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    public IEnumerable<string> Names => _values.Keys;

    private static string Decode(string text) =>
        Uri.UnescapeDataString(text.Replace('+', ' ')).Normalize(NormalizationForm.FormC);
}
