using System.Diagnostics;

namespace Crm.Benchmarks;

/// <summary>Runs a piece of work a number of times and reports the percentiles of its wall time.</summary>
public sealed record Timings(IReadOnlyList<double> Milliseconds)
{
    public double P50 => Percentile(0.50);
    public double P95 => Percentile(0.95);

    /// <summary><paramref name="warmups"/> unmeasured runs, then up to <paramref name="runs"/> measured ones or until <paramref name="budget"/> is spent.</summary>
    public static async Task<Timings> MeasureAsync(Func<Task> work, int warmups, int runs, TimeSpan budget)
    {
        for (var i = 0; i < warmups; i++) await work();
        var times = new List<double>();
        var spent = Stopwatch.StartNew();
        while (times.Count < runs && (times.Count < 3 || spent.Elapsed < budget))
        {
            var clock = Stopwatch.StartNew();
            await work();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return new Timings(times);
    }

    private double Percentile(double p)
    {
        var sorted = Milliseconds.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(sorted.Count * p) - 1, 0, sorted.Count - 1)];
    }
}
