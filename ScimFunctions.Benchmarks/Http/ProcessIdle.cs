using System.Globalization;

namespace ScimFunctions.Benchmarks.Http;

/// <summary>
/// Waits until a process has stopped using the CPU. When wrk stops, requests already accepted
/// still run (a GET of a 50,000-member group takes seconds), and would otherwise be charged to
/// the next figure.
/// </summary>
public static class ProcessIdle
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);

    public static async Task WaitAsync(int processId, TimeSpan limit)
    {
        var ticksPerSecond = 100.0; // USER_HZ on Linux
        var deadline = DateTime.UtcNow + limit;
        var before = CpuTicks(processId);
        while (before is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(Window);
            var after = CpuTicks(processId);
            if (after is null || (after - before) / ticksPerSecond < 0.1 * Window.TotalSeconds)
            {
                return;
            }

            before = after;
        }
    }

    // utime + stime, fields 14 and 15 of /proc/PID/stat (after the parenthesised command name).
    private static long? CpuTicks(int processId)
    {
        var path = $"/proc/{processId}/stat";
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
