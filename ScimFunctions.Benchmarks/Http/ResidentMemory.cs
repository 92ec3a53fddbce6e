using System.Globalization;

namespace ScimFunctions.Benchmarks.Http;

/// <summary>Samples a process's resident memory (VmRSS in /proc/PID/status) and keeps the peak.</summary>
public sealed class ResidentMemory : IDisposable
{
    private readonly int _processId;
    private readonly Timer _timer;
    private long _peakKilobytes;

    public ResidentMemory(int processId)
    {
        _processId = processId;
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(200));
    }

    public double PeakMegabytes => Interlocked.Read(ref _peakKilobytes) / 1024.0;

    public long? ReadKilobytes()
    {
        var status = $"/proc/{_processId}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var value = line?["VmRSS:".Length..].Trim().Split(' ')[0];
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb : null;
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        try
        {
            if (ReadKilobytes() is { } kb && kb > Interlocked.Read(ref _peakKilobytes))
            {
                Interlocked.Exchange(ref _peakKilobytes, kb);
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read; the peak stands.
        }
    }
}
