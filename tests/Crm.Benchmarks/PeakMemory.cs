namespace Crm.Benchmarks;

/// <summary>
/// The process's peak resident memory (VmHWM). Linux lets a process reset it (clear_refs 5), so the figure covers
/// the loads alone, not the demo generation before them.
/// </summary>
public static class PeakMemory
{
    public static void Reset()
    {
        GC.Collect();
        File.WriteAllText("/proc/self/clear_refs", "5");
    }

    public static double ReadMiB()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:"));
        var kib = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]);
        return kib / 1024.0;
    }
}
