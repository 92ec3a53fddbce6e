using System.Security.Cryptography;
using ScimFunctions.Hosting.Configuration;

namespace ScimFunctions.SelfHost;

/// <summary>
/// The embedded defaults that let <c>dotnet run</c> work on a fresh machine: a loopback address
/// on the Functions port, and generated secrets (the SCIM token and the admin credential) when
/// none are configured, each printed once.
/// </summary>
public static class SelfHostDefaults
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    public static void Apply(WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var defaults = new Dictionary<string, string?>();
        var configuration = builder.Configuration;
        GenerateIfMissing(
            configuration[SettingNames.ScimSharedSecret], SettingNames.ScimSharedSecret, "SCIM bearer token", defaults);
        GenerateIfMissing(
            configuration[SettingNames.AdminSecret], SettingNames.AdminSecret, "admin credential (/scim/admin/ui)", defaults);
        configuration.AddInMemoryCollection(defaults);
    }

    private static void GenerateIfMissing(
        string? current, string setting, string purpose, Dictionary<string, string?> defaults)
    {
        if (!string.IsNullOrWhiteSpace(current))
        {
            return;
        }

        var secret = GenerateSecret();
        defaults[setting] = secret;

        // Written to the console once, on purpose: it is the only way to learn a generated
        // secret, and it never goes through the logging pipeline that may be shipped elsewhere.
        Console.WriteLine($"{setting} was not set; this run accepts this generated {purpose}:");
        Console.WriteLine(secret);
    }

    private static string GenerateSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
