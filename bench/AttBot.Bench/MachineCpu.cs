using System.Globalization;

namespace AttBot.Bench;

/// <summary>
/// CPU time the whole machine has spent busy (all cores, all processes), from the first line of /proc/stat.
/// Set against the target's and the bench's own CPU, it shows how much other work shared the cores during a run.
/// </summary>
public static class MachineCpu
{
    private const double ClockTicksPerSecond = 100; // USER_HZ, 100 on every Linux the bench runs on

    public static TimeSpan Busy()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // cpu user nice system idle iowait irq softirq steal ...: everything but idle and iowait was work.
            var ticks = fields.Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            var busy = ticks.Sum() - ticks[3] - ticks[4];
            return TimeSpan.FromSeconds(busy / ClockTicksPerSecond);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }
}
