using System.Globalization;

namespace ScimFunctions.Benchmarks.Machine;

/// <summary>What the figures were measured on; ratios travel between machines, times do not.</summary>
public sealed record MachineInfo(
    int ProcessorCount,
    string CpuModel,
    long MemoryMegabytes,
    string LoadAverageAtStart,
    string Runtime,
    string OperatingSystem)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        ReadField("/proc/cpuinfo", "model name") ?? "unknown",
        ReadMemTotalKilobytes() / 1024,
        ReadFirstLine("/proc/loadavg") ?? "unknown",
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        System.Runtime.InteropServices.RuntimeInformation.OSDescription);

    private static long ReadMemTotalKilobytes()
    {
        var value = ReadField("/proc/meminfo", "MemTotal")?.Split(' ')[0];
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
    }

    private static string? ReadField(string file, string name)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static string? ReadFirstLine(string file) =>
        File.Exists(file) ? File.ReadLines(file).FirstOrDefault()?.Trim() : null;
}
