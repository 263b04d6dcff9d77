namespace Crm.Ingest.Demo;

/// <summary>
/// How busy each calendar month is. Armenian trade peaks in spring and before the New Year and goes
/// quiet in January and August (holidays, heat); reports and forecasts must be able to see that.
/// </summary>
internal sealed class Season
{
    private readonly double[] _factors;
    private readonly double _max;

    private Season(params double[] factors)
    {
        _factors = factors;
        _max = factors.Max();
    }

    public static Season DealOpenings { get; } = new(0.55, 0.85, 1.15, 1.30, 1.20, 1.00, 0.85, 0.50, 1.00, 1.10, 1.35, 1.45);

    public static Season Sales { get; } = new(0.50, 0.85, 1.10, 1.30, 1.20, 1.00, 0.85, 0.48, 0.95, 1.05, 1.40, 1.60);

    /// <summary>Calls and e-mails follow the trade, but less steeply.</summary>
    public static Season Contact { get; } = new(0.80, 0.95, 1.05, 1.10, 1.05, 1.00, 0.92, 0.75, 1.00, 1.05, 1.10, 1.10);

    public static Season Flat { get; } = new(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);

    public double Factor(int month) => _factors[month - 1];

    /// <summary>The factor relative to the busiest month, for rejection sampling.</summary>
    public double Relative(int month) => _factors[month - 1] / _max;
}
