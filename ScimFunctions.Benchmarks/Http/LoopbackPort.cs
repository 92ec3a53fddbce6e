using System.Net;
using System.Net.Sockets;

namespace ScimFunctions.Benchmarks.Http;

/// <summary>A free TCP port on 127.0.0.1; the benchmark never listens beyond loopback.</summary>
public static class LoopbackPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
