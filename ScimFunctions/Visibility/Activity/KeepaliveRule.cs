using System.Text.RegularExpressions;

namespace ScimFunctions.Visibility.Activity;

/// <summary>
/// Recognises Entra's connection checks (E-01, E-02, E-03): a list GET on Users or Groups whose
/// filter is a single <c>eq</c> on a matching attribute with a random GUID, answered without
/// error and matching nobody. A lookup by a real value (an e-mail before a create) is not one,
/// because it tells what Entra was about to do.
/// </summary>
public static partial class KeepaliveRule
{
    private static readonly HashSet<string> MatchingAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "userName", "displayName", "externalId", "id",
    };

    public static bool IsKeepalive(string method, string endpoint, bool hasId, string? filter, int status, long? totalResults)
    {
        if (method != "GET" || hasId || status >= 400 || totalResults != 0 || filter is null)
        {
            return false;
        }

        if (!endpoint.Equals("Users", StringComparison.OrdinalIgnoreCase)
            && !endpoint.Equals("Groups", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var match = SingleEquality().Match(filter);
        return match.Success
            && MatchingAttributes.Contains(match.Groups["attr"].Value)
            && Guid.TryParse(match.Groups["value"].Value, out _);
    }

    [GeneratedRegex(@"^\s*(?<attr>[A-Za-z]+)\s+eq\s+""(?<value>[^""]*)""\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SingleEquality();
}
