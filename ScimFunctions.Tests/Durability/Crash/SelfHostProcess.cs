using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace ScimFunctions.Tests.Durability.Crash;

/// <summary>
/// The built self-host as a real operating-system process, so that it can be killed the way a
/// machine dies (SIGKILL) or stopped the way a platform stops it (SIGTERM).
/// </summary>
public sealed class SelfHostProcess : IDisposable
{
    public const string ScimToken = "crash-test-scim-token";
    public const string AdminToken = "crash-test-admin-token";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SelfHostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>What the process printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static SelfHostProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var dll = SelfHostDll();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", baseAddress.ToString().TrimEnd('/') },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        start.Environment["SCIM_SHARED_SECRET"] = ScimToken;
        start.Environment["ADMIN_SECRET"] = AdminToken;
        return new SelfHostProcess(Process.Start(start)!, baseAddress);
    }

    public HttpClient CreateClient(string token)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Waits until health answers "ok" (the start-up restore has finished). The child process
    /// starts on its own clock, so this polls with a deadline.
    /// </summary>
    public async Task WaitUntilServingAsync()
    {
        using var client = CreateClient(AdminToken);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                var health = await client.GetStringAsync(new Uri("/scim/health", UriKind.Relative));
                if (health.Contains("\"ok\"", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The self-host did not start serving:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown code runs, as when a machine disappears.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>SIGTERM: the graceful stop a platform sends before recycling an instance.</summary>
    public async Task StopGracefullyAsync()
    {
        using (var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    // The self-host's own build output, beside this test project's (same configuration and framework).
    private static string SelfHostDll()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var solution = testOutput.Parent.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(solution, "ScimFunctions.SelfHost", "bin", configuration, framework, "ScimFunctions.SelfHost.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the solution first: {dll} is missing.");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
