using System.Diagnostics;
using System.Net.Sockets;

namespace ScimFunctions.Tests.Durability;

/// <summary>
/// An Azurite blob service for the writer-lease tests: the one CI started (AZURITE_BLOB_CONNECTION),
/// else one started here from <c>azurite-blob</c> on PATH. Without either the tests fail and say
/// how to install it; they are never skipped.
/// </summary>
public sealed class AzuriteFixture : IDisposable
{
    public const string Variable = "AZURITE_BLOB_CONNECTION";

    // Azurite's published development account; not a secret.
    private const string DevelopmentKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process? _process;
    private readonly string? _location;

    public AzuriteFixture()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured.Trim('\'');
            return;
        }

        var port = FreePort();
        _location = Path.Combine(Path.GetTempPath(), "scimtool-azurite", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_location);
        _process = Start(port, _location);
        WaitForPort(port, _process);
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + $"AccountKey={DevelopmentKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public string? ConnectionString { get; }

    public void Dispose()
    {
        if (_process is not null)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            _process.Dispose();
            Directory.Delete(_location!, recursive: true);
        }
    }

    private static Process Start(int port, string location)
    {
        var start = new ProcessStartInfo("azurite-blob")
        {
            ArgumentList =
            {
                "--silent", "--skipApiVersionCheck", "--location", location,
                "--blobHost", "127.0.0.1", "--blobPort", $"{port}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException(
                $"The writer-lease tests need Azurite. Install it with `npm install -g azurite@3.35.0`, or run "
                + $".ci/setup/30-azurite.sh and export {Variable} from .ci/.env.",
                error);
        }
    }

    // Polls the port the child process opens; the child's own start-up time is outside our control.
    private static void WaitForPort(int port, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new InvalidOperationException($"azurite-blob did not listen on port {port}: {process.StandardError.ReadToEnd()}");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
