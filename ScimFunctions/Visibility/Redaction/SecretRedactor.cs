using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ScimFunctions.Visibility.Redaction;

/// <summary>
/// Removes secrets from what the request log stores: credential headers, <c>password</c> values
/// anywhere in JSON (PATCH paths included), query-string secrets, connection strings, bearer
/// tokens and every secret value the service is configured with. Runs before anything is stored.
/// </summary>
public sealed partial class SecretRedactor
{
    /// <summary>What replaces a removed secret.</summary>
    public const string Mask = "[redacted]";

    private static readonly string[] SecretHeaderWords =
        ["authorization", "cookie", "key", "token", "secret", "signature", "password"];

    private static readonly HashSet<string> SecretQueryNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "code", "sig", "signature", "token", "access_token", "id_token", "refresh_token", "key",
        "api_key", "apikey", "secret", "client_secret", "password", "x-ms-signature",
    };

    // Every pattern below and every secret member name contains one of these words. Text with
    // none of them and no configured secret (plain or JSON-escaped) has nothing to remove, which
    // is true of almost every SCIM body and spares parsing it. "\u" and "\/" are the JSON
    // escapes that could spell a word or a secret in a way the plain search would miss.
    private static readonly string[] TriggerWords =
    [
        "password", "secret", "token", "connectionstring", "bearer", "basic", "sharedaccess",
        "eyJ", "accountkey", "pwd=", "sig=", "code=", "\\u", "\\/",
    ];

    private readonly IReadOnlyList<string> _knownSecrets;
    private readonly SearchValues<string> _triggers;

    /// <param name="knownSecrets">Configured secret values; each is masked wherever it appears.</param>
    public SecretRedactor(IEnumerable<string> knownSecrets)
    {
        _knownSecrets = [.. knownSecrets
            .Where(secret => secret.Length >= 6)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(secret => secret.Length)];
        var escaped = _knownSecrets.SelectMany(EscapedForms).Distinct(StringComparer.Ordinal);
        _triggers = SearchValues.Create([.. TriggerWords, .. _knownSecrets, .. escaped], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Headers with credential-bearing values masked; the auth scheme stays readable.</summary>
    public IReadOnlyDictionary<string, string> RedactHeaders(IReadOnlyDictionary<string, string> headers)
    {
        var result = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            // A secret sent as a header's name (a misconfigured client) is masked there too.
            result[RedactText(name)] = IsSecretHeader(name) ? MaskHeader(value) : RedactText(value);
        }

        return result;
    }

    /// <summary>A query string with secret parameters' values masked.</summary>
    public string RedactQuery(string queryString)
    {
        var pairs = queryString.TrimStart('?').Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            var equals = pairs[i].IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pairs[i] : pairs[i][..equals];
            if (equals < 0)
            {
                // A bare parameter is still text a client sent: masked whole if it holds a secret.
                var bare = Uri.UnescapeDataString(pairs[i].Replace('+', ' '));
                pairs[i] = RedactText(bare) == bare ? pairs[i] : Mask;
                continue;
            }

            if (SecretQueryNames.Contains(Uri.UnescapeDataString(name)))
            {
                pairs[i] = $"{name}={Mask}";
                continue;
            }

            // Values are scrubbed decoded, so an encoded secret (a filter on password) is found too.
            var decoded = Uri.UnescapeDataString(pairs[i][(equals + 1)..].Replace('+', ' '));
            var redacted = RedactText(decoded);
            if (redacted != decoded)
            {
                pairs[i] = $"{name}={Uri.EscapeDataString(redacted)}";
            }
        }

        return RedactText(string.Join('&', pairs));
    }

    /// <summary>A body as text: JSON is walked and re-written, anything else is scrubbed as text.</summary>
    public string RedactBody(string body)
    {
        if (!MayHoldSecret(body))
        {
            return body;
        }

        try
        {
            var node = JsonNode.Parse(body);
            if (node is not null)
            {
                RedactJson(node);
                RedactStrings(node);
                return RedactText(node.ToJsonString(RedactionJson.Options));
            }
        }
        catch (JsonException)
        {
            // Not JSON (a malformed body is logged as sent); the text scrub below still applies.
        }

        // A broken JSON body can still spell a secret with escapes (\u0053, \/): decoded first.
        return RedactText(JsonEscapePattern().Replace(body, DecodeEscape));
    }

    /// <summary>Masks <c>password</c>-like members in place, including PATCH operations on them.</summary>
    public static void RedactJson(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                var targetsSecret = NamesSecret(obj, "path") || NamesSecret(obj, "attribute");
                foreach (var name in obj.Select(pair => pair.Key).ToList())
                {
                    var secret = IsSecretName(name) || (targetsSecret && IsTargetValue(name));
                    if (secret && obj[name] is not null)
                    {
                        obj[name] = Mask;
                    }
                    else if (obj[name] is { } child)
                    {
                        RedactJson(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>())
                {
                    RedactJson(item);
                }

                break;
        }
    }

    /// <summary>
    /// True when a member called <paramref name="member"/> (any case: the PATCH parser ignores
    /// case) names a secret attribute: a PATCH operation's <c>path</c>, or the <c>attribute</c>
    /// of an activity change, whose values are then secrets too.
    /// </summary>
    private static bool NamesSecret(JsonObject obj, string member) =>
        obj.Any(pair => pair.Key.Equals(member, StringComparison.OrdinalIgnoreCase)
            && pair.Value is JsonValue value
            && value.TryGetValue<string>(out var text)
            && IsSecretName(text));

    private static bool IsTargetValue(string name) =>
        name.Equals("value", StringComparison.OrdinalIgnoreCase)
        || name.Equals("old", StringComparison.Ordinal)
        || name.Equals("new", StringComparison.Ordinal);

    /// <summary>
    /// Scrubs every string value of a JSON tree as free text before it is serialized, so that
    /// a secret inside a value (a filter on password echoed in an error) is found unescaped.
    /// </summary>
    public void RedactStrings(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        obj[name] = RedactText(text);
                    }
                    else if (child is not null)
                    {
                        RedactStrings(child);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[i] = RedactText(text);
                    }
                    else if (array[i] is { } child)
                    {
                        RedactStrings(child);
                    }
                }

                break;
        }
    }

    /// <summary>Scrubs free text: configured secrets, bearer tokens, JWTs, connection-string keys.</summary>
    public string RedactText(string text)
    {
        if (!MayHoldSecret(text))
        {
            return text;
        }

        foreach (var secret in _knownSecrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        text = BearerPattern().Replace(text, "$1 " + Mask);
        text = JwtPattern().Replace(text, Mask);
        text = KeyValueSecretPattern().Replace(text, "$1=" + Mask);
        text = PasswordFilterPattern().Replace(text, "$1\"" + Mask + "\"");
        return JsonPasswordPattern().Replace(text, "$1\"" + Mask + "\"");
    }

    /// <summary>
    /// True for member names that hold secrets: <c>password</c> and its URN-qualified form,
    /// and names such as <c>clientSecret</c> or <c>accessToken</c>.
    /// </summary>
    public static bool IsSecretName(string name)
    {
        var last = name.Split(':', '.')[^1];
        return last.Contains("password", StringComparison.OrdinalIgnoreCase)
            || last.Contains("secret", StringComparison.OrdinalIgnoreCase)
            || last.Equals("token", StringComparison.OrdinalIgnoreCase)
            || last.EndsWith("Token", StringComparison.Ordinal)
            || last.Contains("connectionString", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>False only when no redaction rule could match anything in <paramref name="text"/>.</summary>
    public bool MayHoldSecret(string text) => text.AsSpan().ContainsAny(_triggers);

    /// <summary>How a secret reads inside a JSON string, short escapes or System.Text.Json's.</summary>
    private static IEnumerable<string> EscapedForms(string secret)
    {
        yield return JsonEncodedText.Encode(secret).ToString();
        yield return secret.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal);
    }

    private static bool IsSecretHeader(string name) =>
        SecretHeaderWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static string MaskHeader(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && space < 16 ? $"{value[..space]} {Mask}" : Mask;
    }

    [GeneratedRegex(@"\b(Bearer|Basic|SharedAccessSignature)\s+[A-Za-z0-9._~+/=%:-]{12,}", RegexOptions.IgnoreCase)]
    private static partial Regex BearerPattern();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")]
    private static partial Regex JwtPattern();

    // Azure connection strings and SAS query strings embedded anywhere in text.
    [GeneratedRegex(
        @"\b(AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd|sig|client_secret|code)=[^;&\s""',]+",
        RegexOptions.IgnoreCase)]
    private static partial Regex KeyValueSecretPattern();

    // A filter on password (never valid SCIM, but a client may still send one), its value in
    // double quotes, single quotes or bare, as Entra writes some values.
    [GeneratedRegex(
        @"(password\s+(?:eq|ne|co|sw|ew|gt|ge|lt|le)\s+)(?:""(?:[^""\\]|\\.)*""|'[^']*'|[^\s()""']+)",
        RegexOptions.IgnoreCase)]
    private static partial Regex PasswordFilterPattern();

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})|\\/")]
    private static partial Regex JsonEscapePattern();

    private static string DecodeEscape(Match match) =>
        match.Groups[1].Success
            ? ((char)Convert.ToInt32(match.Groups[1].Value, 16)).ToString()
            : "/";

    // Fallback for bodies that are not valid JSON but still carry "password": "...".
    [GeneratedRegex(@"(""[^""]*password[^""]*""\s*:\s*)""(?:[^""\\]|\\.)*""", RegexOptions.IgnoreCase)]
    private static partial Regex JsonPasswordPattern();
}
