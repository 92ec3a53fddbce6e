using System.Diagnostics;
using System.Reflection;
using ScimFunctions.Hosting.Configuration;

namespace ScimFunctions.Benchmarks.Http;

/// <summary>
/// The real self-host (<c>ScimFunctions.SelfHost.dll</c>, built with this project) as its own
/// process on a loopback port over a given data folder, so its memory is its own.
/// </summary>
public sealed class SelfHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private SelfHostProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        Memory = new ResidentMemory(process.Id);
    }

    public string BaseUrl { get; }

    public int ProcessId => _process.Id;

    public ResidentMemory Memory { get; }

    public TimeSpan StartupTime { get; private set; }

    public static string AssemblyPath =>
        typeof(SelfHostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "SelfHostAssembly").Value!;

    public static async Task<SelfHostProcess> StartAsync(string dataDirectory, string token, IReadOnlyDictionary<string, string> settings)
    {
        var baseUrl = $"http://127.0.0.1:{LoopbackPort.Next()}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.GetFullPath(AssemblyPath));
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        start.Environment[SettingNames.ScimSharedSecret] = token;
        start.Environment[SettingNames.AdminSecret] = token;
        start.Environment[SettingNames.DataDirectory] = dataDirectory;
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The self-host did not start.");
        var host = new SelfHostProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitHealthyAsync(TimeSpan.FromSeconds(90));
        host.StartupTime = clock.Elapsed;
        return host;
    }

    public void Dispose()
    {
        Memory.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                var body = await client.GetStringAsync("/scim/health");
                if (body.Contains("\"ok\"", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException("The self-host did not become healthy: " + string.Join(" | ", _lastLines));
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 20)
            {
                _lastLines.Dequeue();
            }
        }
    }
}
