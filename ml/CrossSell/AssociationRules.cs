namespace Crm.Ml.CrossSell;

/// <summary>
/// Rules X → Y mined from purchase histories: a customer counts for X → Y when they bought Y at the same time as X or
/// after it (so a rule points the way customers actually went). Only rules that at least
/// <paramref name="minCustomers"/> customers followed are kept: rarer ones are noise however high their lift.
/// </summary>
public sealed class AssociationRules
{
    private readonly Dictionary<long, List<AssociationRule>> _byFirst;

    private AssociationRules(List<AssociationRule> rules, int customers)
    {
        All = rules;
        CustomerCount = customers;
        _byFirst = rules.GroupBy(r => r.First).ToDictionary(g => g.Key, g => g.ToList());
    }

    public IReadOnlyList<AssociationRule> All { get; }
    public int CustomerCount { get; }

    public IReadOnlyList<AssociationRule> From(long first) => _byFirst.TryGetValue(first, out var rules) ? rules : [];

    public static AssociationRules Mine(PurchaseHistory history, int minCustomers = 5)
    {
        var customers = history.Customers.Count;
        var buyers = history.Buyers();
        var pairs = new Dictionary<(long, long), int>();
        foreach (var products in history.Customers.Values)
            foreach (var (x, xp) in products)
                foreach (var (y, yp) in products)
                    if (x != y && yp.FirstAt >= xp.FirstAt)
                        pairs[(x, y)] = pairs.GetValueOrDefault((x, y)) + 1;
        var rules = pairs.Where(p => p.Value >= minCustomers).Select(p =>
        {
            var (x, y) = p.Key;
            var confidence = p.Value / (double)buyers[x];
            var lift = confidence / (buyers[y] / (double)customers);
            return new AssociationRule(x, y, p.Value, p.Value / (double)customers, confidence, lift);
        }).OrderByDescending(r => r.Lift).ThenByDescending(r => r.Customers).ThenBy(r => r.First).ThenBy(r => r.Then).ToList();
        return new AssociationRules(rules, customers);
    }
}
