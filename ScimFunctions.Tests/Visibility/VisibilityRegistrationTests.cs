using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Visibility.Redaction;
using ScimFunctions.Visibility.RequestLog;

namespace ScimFunctions.Tests.Visibility;

public sealed class VisibilityRegistrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AddScimTool_RetentionSettings_AreRead()
    {
        using var services = Build(new() { [SettingNames.LogRetainCount] = "250", [SettingNames.LogRetainDays] = "3" });

        var options = services.GetRequiredService<IOptions<RequestLogOptions>>().Value;

        Assert.Equal(250, options.RetainCount);
        Assert.Equal(3, options.RetainDays);
    }

    [Fact]
    public void AddScimTool_LogFile_IsItsOwnFileInTheDataFolder()
    {
        using var services = Build([]);

        var database = services.GetRequiredService<RequestLogDatabase>();

        Assert.Equal(Path.Combine(_folder.Path, "db", RequestLogOptions.FileName), database.FilePath);
        Assert.True(File.Exists(database.FilePath));
    }

    [Fact]
    public void AddScimTool_SecretsOfEverySecretSetting_AreKnownToTheRedactor()
    {
        using var services = Build(new()
        {
            [SettingNames.BackupShareUrl] = "https://acct.file.core.windows.net/share?sv=2024&sig=U2FzU2lnbmF0dXJl",
        });

        var redactor = services.GetRequiredService<SecretRedactor>();

        Assert.DoesNotContain("U2FzU2lnbmF0dXJl", redactor.RedactText("copied sas U2FzU2lnbmF0dXJl here"), StringComparison.Ordinal);
        Assert.DoesNotContain("admin-secret-value", redactor.RedactText("x admin-secret-value y"), StringComparison.Ordinal);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings[SettingNames.DataDirectory] = Path.Combine(_folder.Path, "db");
        settings[SettingNames.AdminSecret] = "admin-secret-value";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddScimTool(configuration).BuildServiceProvider();
    }
}
