namespace Crm.Dashboards.Maps;

/// <summary>
/// Up to five shades of blue by rank: each step holds about as many regions as the next, so one capital with half the
/// customers does not leave every other region in the palest step. A region without customers is grey, so "none"
/// never looks like "a few".
/// </summary>
public sealed class ShadeScale
{
    private static readonly string[] Shades = ["#dbe7f3", "#b3cde6", "#7eaad6", "#4a80b8", "#2f5d8c"];

    private readonly long[] _upperBounds;
    private readonly string[] _fills;

    public ShadeScale(IEnumerable<long> counts)
    {
        long[] sorted = counts.Where(c => c > 0).Distinct().Order().ToArray();
        int steps = Math.Min(Shades.Length, sorted.Length);
        _upperBounds = Enumerable.Range(1, steps).Select(i => sorted[(i * sorted.Length + steps - 1) / steps - 1]).Distinct().ToArray();
        // Fewer steps than shades: spread them from the palest to the darkest.
        _fills = _upperBounds.Select((_, i) => Shades[_upperBounds.Length == 1 ? Shades.Length - 1 : i * (Shades.Length - 1) / (_upperBounds.Length - 1)]).ToArray();
    }

    public string Fill(long customers)
    {
        if (customers <= 0) return MapDrawing.NoCustomers;
        int step = Array.FindIndex(_upperBounds, bound => customers <= bound);
        return _fills[step < 0 ? _fills.Length - 1 : step];
    }

    /// <summary>The steps in use, each with the counts it covers.</summary>
    public IEnumerable<(string Fill, long From, long To)> Steps() =>
        _upperBounds.Select((bound, i) => (_fills[i], i == 0 ? 1 : _upperBounds[i - 1] + 1, bound));
}
