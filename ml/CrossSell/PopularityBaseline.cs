namespace Crm.Ml.CrossSell;

/// <summary>The yardstick: the products most customers bought, minus the ones this customer already has.</summary>
public sealed class PopularityBaseline(IReadOnlyDictionary<long, int> buyers)
{
    private readonly long[] _ranked = buyers.OrderByDescending(b => b.Value).ThenBy(b => b.Key).Select(b => b.Key).ToArray();

    public IReadOnlyList<long> Recommend(IReadOnlyCollection<long> bought, int k) =>
        _ranked.Where(p => !bought.Contains(p)).Take(k).ToList();
}
