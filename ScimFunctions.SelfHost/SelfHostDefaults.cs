using System.Security.Cryptography;
using ScimFunctions.Hosting.Configuration;

namespace ScimFunctions.SelfHost;

/// <summary>
/// The embedded defaults that let <c>dotnet run</c> work on a fresh machine: a loopback address
/// on the Functions port, and a generated secret when none is configured, printed once.
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
        if (string.IsNullOrWhiteSpace(builder.Configuration[SettingNames.ScimSharedSecret]))
        {
            var secret = GenerateSecret();
            defaults[SettingNames.ScimSharedSecret] = secret;

            // Written to the console once, on purpose: it is the only way to learn a generated
            // secret, and it never goes through the logging pipeline that may be shipped elsewhere.
            Console.WriteLine($"{SettingNames.ScimSharedSecret} was not set; this run accepts the generated token:");
            Console.WriteLine(secret);
        }

        builder.Configuration.AddInMemoryCollection(defaults);
    }

    private static string GenerateSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
