using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using ScimFunctions.Tests.Support;

namespace ScimFunctions.Tests.Visibility;

/// <summary>
/// The admin page in a real browser: the self-host on a loopback port, Debian's headless
/// Chromium driven through chromedriver, a user and a group provisioned over SCIM first.
/// </summary>
public sealed class AdminPageBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";
    private const string SetupScript = ".ci/setup/20-chromium.sh";

    private readonly ScimToolFactory _factory = new(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ActivityView_AfterProvisioning_ShowsTheUserAndTheGroup()
    {
        Assert.True(File.Exists(Chromium) && File.Exists(ChromeDriver),
            $"Headless Chromium and chromedriver are needed at {Chromium} and {ChromeDriver}; "
            + $"run {SetupScript} (as root) to install them.");
        var baseUrl = StartServer();
        await ProvisionAsync(baseUrl);
        using var driver = StartBrowser();

        driver.Navigate().GoToUrl($"{baseUrl}/scim/admin/ui");
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(30));
        wait.Until(d => d.FindElement(By.Id("login-secret")).Displayed);
        driver.FindElement(By.Id("login-secret")).SendKeys(ScimToolFactory.AdminToken);
        driver.FindElement(By.Id("login-submit")).Click();
        var feed = wait.Until(d => d.FindElements(By.CssSelector("#activity-feed li")).Count >= 6
            ? d.FindElement(By.Id("activity-feed")) : null)!;
        var text = feed.Text;
        driver.FindElement(By.CssSelector("#activity-feed li[data-type='user.updated'] button")).Click();
        wait.Until(d => d.FindElements(By.CssSelector("#activity-feed .changes")).Count > 0);
        SaveScreenshot(driver, "admin-ui.png");
        driver.FindElement(By.CssSelector("#tabs a[data-view='logs']")).Click();
        wait.Until(d => d.FindElements(By.CssSelector("#log-table tbody tr")).Count >= 6);
        driver.FindElements(By.CssSelector("#log-table tbody tr"))[2].Click();
        var drawer = wait.Until(d => d.FindElement(By.Id("drawer")) is { Displayed: true } open
            && open.Text.Contains("Authorization", StringComparison.Ordinal) ? open : null)!;
        var detail = drawer.Text;
        SaveScreenshot(driver, "admin-ui-request.png");

        Assert.Contains("User \"alice.jones@contoso.com\" created", text, StringComparison.Ordinal);
        Assert.Contains("Group \"Sales EMEA\" created with 1 member", text, StringComparison.Ordinal);
        Assert.Contains("User \"bob.smith@contoso.com\" updated", text, StringComparison.Ordinal);
        Assert.Contains("Group \"Sales EMEA\" added Bob Smith", text, StringComparison.Ordinal);
        Assert.Contains("failed with 409 uniqueness", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Connection check", text, StringComparison.Ordinal);
        Assert.Contains("Bearer [redacted]", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(ScimToolFactory.ScimToken, detail, StringComparison.Ordinal);
    }

    private string StartServer()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return addresses.Addresses.First().TrimEnd('/');
    }

    /// <summary>What Entra does first: a connection check, users, a group with a member, an update.</summary>
    private static async Task ProvisionAsync(string baseUrl)
    {
        using var scim = new HttpClient { BaseAddress = new Uri(baseUrl) };
        scim.DefaultRequestHeaders.Authorization = new("Bearer", ScimToolFactory.ScimToken);

        await scim.GetAsync("/scim/v2/Users?filter=userName+eq+%22" + Guid.NewGuid() + "%22");
        var alice = await CreateAsync(scim, "/scim/v2/Users", """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"alice.jones@contoso.com",
             "displayName":"Alice Jones","active":true,"title":"Account Executive","password":"Entra-Generated-1!"}
            """);
        var bob = await CreateAsync(scim, "/scim/v2/Users", """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bob.smith@contoso.com",
             "displayName":"Bob Smith","active":true,"title":"Engineer"}
            """);
        var group = await CreateAsync(scim, "/scim/v2/Groups", $$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Sales EMEA",
             "members":[{"value":"{{alice}}"}]}
            """);
        using var replace = new StringContent($$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "userName":"bob.smith@contoso.com","displayName":"Bob Smith","active":true,"title":"Senior Engineer",
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"manager":{"value":"{{alice}}"} } }
            """, Encoding.UTF8, "application/scim+json");
        var patched = await scim.PutAsync($"/scim/v2/Users/{bob}", replace);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        using var members = new StringContent($$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Sales EMEA",
             "members":[{"value":"{{alice}}"},{"value":"{{bob}}"}]}
            """, Encoding.UTF8, "application/scim+json");
        Assert.Equal(HttpStatusCode.OK, (await scim.PutAsync($"/scim/v2/Groups/{group}", members)).StatusCode);
        using var duplicate = new StringContent("""{"userName":"ALICE.JONES@contoso.com"}""", Encoding.UTF8, "application/scim+json");
        Assert.Equal(HttpStatusCode.Conflict, (await scim.PostAsync("/scim/v2/Users", duplicate)).StatusCode);
    }

    private static async Task<string> CreateAsync(HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/scim+json");
        var response = await client.PostAsync(path, content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
    }

    private static ChromeDriver StartBrowser()
    {
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-extensions", "--no-first-run", "--window-size=1440,900",
            "--force-device-scale-factor=1", "--lang=en-US");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>Saves the page as a test artefact in the repository's <c>TestResults</c> folder.</summary>
    private static void SaveScreenshot(ChromeDriver driver, string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SCIMTool.sln")))
        {
            folder = folder.Parent;
        }

        var results = Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(results);
        driver.GetScreenshot().SaveAsFile(Path.Combine(results, name));
    }
}
