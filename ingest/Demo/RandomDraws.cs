namespace Crm.Ingest.Demo;

/// <summary>The few distributions the simulation needs, on top of System.Random.</summary>
internal static class RandomDraws
{
    public static bool Chance(this Random r, double p) => r.NextDouble() < p;

    public static double Between(this Random r, double min, double max) => min + r.NextDouble() * (max - min);

    /// <summary>Inclusive at both ends, as people say "1 to 3".</summary>
    public static int Between(this Random r, int min, int max) => r.Next(min, max + 1);

    public static T Pick<T>(this Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    public static TimeSpan Days(this Random r, double min, double max) => TimeSpan.FromDays(r.Between(min, max));

    public static double Normal(this Random r)
    {
        // Box–Muller; 1 - NextDouble() avoids log(0).
        var u1 = 1.0 - r.NextDouble();
        var u2 = r.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double LogNormal(this Random r, double mu, double sigma) => Math.Exp(mu + sigma * r.Normal());

    public static double Exponential(this Random r, double mean) => -mean * Math.Log(1.0 - r.NextDouble());

    public static int Poisson(this Random r, double lambda)
    {
        if (lambda <= 0) return 0;
        if (lambda > 30) return Math.Max(0, (int)Math.Round(lambda + Math.Sqrt(lambda) * r.Normal()));
        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = r.NextDouble();
        while (p > limit)
        {
            k++;
            p *= r.NextDouble();
        }
        return k;
    }

    /// <summary>Rounds to a whole count, keeping the expected value (2.3 gives 2 or 3, 3 with chance 0.3).</summary>
    public static int RoundStochastic(this Random r, double x)
    {
        var floor = Math.Floor(x);
        return (int)floor + (r.NextDouble() < x - floor ? 1 : 0);
    }
}
