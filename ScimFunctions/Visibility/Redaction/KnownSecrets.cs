using Microsoft.Extensions.Configuration;
using ScimFunctions.Hosting.Configuration;

namespace ScimFunctions.Visibility.Redaction;

/// <summary>
/// The configured secret values the request log must never contain: both bearer credentials,
/// and the keys and signatures inside the backup and host storage settings.
/// </summary>
public static class KnownSecrets
{
    private static readonly string[] SecretSettings =
    [
        SettingNames.ScimSharedSecret,
        SettingNames.AdminSecret,
        SettingNames.BackupShareConnection,
        SettingNames.BackupShareUrl,
        SettingNames.WebJobsStorage,
    ];

    public static IEnumerable<string> From(IConfiguration configuration, ScimToolOptions options)
    {
        foreach (var secret in options.ScimSecrets.Concat(options.AdminSecrets))
        {
            yield return secret;
        }

        foreach (var value in SecretSettings.Select(name => configuration[name]).OfType<string>())
        {
            foreach (var part in Parts(value))
            {
                yield return part;
            }
        }
    }

    private static bool IsSecretKey(string key) =>
        SecretRedactor.IsSecretName(key)
        || key.Equals("AccountKey", StringComparison.OrdinalIgnoreCase)
        || key.Equals("SharedAccessKey", StringComparison.OrdinalIgnoreCase)
        || key.Equals("SharedAccessSignature", StringComparison.OrdinalIgnoreCase)
        || key.Equals("sig", StringComparison.OrdinalIgnoreCase);

    /// <summary>Connection-string values and URL query strings, each usable on its own.</summary>
    private static IEnumerable<string> Parts(string value)
    {
        foreach (var secret in SecretList.Parse(value))
        {
            yield return secret;
            var query = secret.IndexOf('?', StringComparison.Ordinal);
            if (query >= 0)
            {
                yield return secret[(query + 1)..];
            }

            foreach (var pair in secret[(query + 1)..].Split(';', '&'))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0 && IsSecretKey(pair[..equals]))
                {
                    yield return pair[(equals + 1)..];
                    yield return Uri.UnescapeDataString(pair[(equals + 1)..]);
                }
            }
        }
    }
}
