using DuckDB.NET.Data;

namespace Crm.Ml.CrossSell;

/// <summary>
/// A time-based hold-out: rules mined from the purchases before a cutoff recommend k products to every customer who
/// had bought by then and bought something new after it; a hit is a recommended product bought after the cutoff.
/// Hit rate@k is the share of those customers with at least one hit, precision@k the mean share of hits among the k.
/// The popularity baseline is judged the same way.
/// </summary>
public sealed record CrossSellEvaluation(int Customers, double HitRate, double Precision, double BaselineHitRate, double BaselinePrecision,
    AssociationRules Rules)
{
    public static CrossSellEvaluation Run(DuckDBConnection duck, DateTime cutoffUtc, DateTime endUtc, int k = 5, int minCustomers = 5)
    {
        var before = PurchaseHistory.Read(duck, cutoffUtc);
        var after = PurchaseHistory.Read(duck, endUtc);
        var rules = AssociationRules.Mine(before, minCustomers);
        var model = new CrossSellRecommender(rules, before);
        var baseline = new PopularityBaseline(before.Buyers());
        int customers = 0, hits = 0, baselineHits = 0;
        double precision = 0, baselinePrecision = 0;
        foreach (var (customer, had) in before.Customers)
        {
            if (!after.Customers.TryGetValue(customer, out var has)) continue;
            var bought = has.Keys.Where(p => !had.ContainsKey(p)).ToHashSet();
            if (bought.Count == 0) continue;
            customers++;
            var mine = model.Recommend(had, k).Count(r => bought.Contains(r.Product));
            var theirs = baseline.Recommend(had.Keys, k).Count(bought.Contains);
            hits += mine > 0 ? 1 : 0;
            baselineHits += theirs > 0 ? 1 : 0;
            precision += mine / (double)k;
            baselinePrecision += theirs / (double)k;
        }
        double Share(double x) => customers == 0 ? 0 : x / customers;
        return new CrossSellEvaluation(customers, Share(hits), Share(precision), Share(baselineHits), Share(baselinePrecision), rules);
    }
}
