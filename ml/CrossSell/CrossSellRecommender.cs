namespace Crm.Ml.CrossSell;

/// <summary>
/// Scores the products a customer has not bought as a customer of their leanings would pick them: the product's
/// popularity, times how much more than everyone this customer buys its category and its price tier (their sale
/// lines, smoothed towards everyone's so one purchase does not decide), times the pull of the association rules
/// from what they bought: 1 + <see cref="RulePull"/> × the chance that at least one of their products leads there
/// (1 − Π(1 − confidence)) over the rules that lift the candidate at least <see cref="MinLift"/> times.
/// The reason given is the candidate's strongest such rule, when it has one.
/// </summary>
public sealed class CrossSellRecommender
{
    public const double MinLift = 1.2;
    public const double RulePull = 2;
    private const double Smoothing = 3;

    private readonly AssociationRules _rules;
    private readonly IReadOnlyDictionary<long, ProductKind> _products;
    private readonly Dictionary<long, int> _buyers;
    private readonly Dictionary<long, double> _categoryShare;
    private readonly Dictionary<string, double> _tierShare;

    public CrossSellRecommender(AssociationRules rules, PurchaseHistory history)
    {
        _rules = rules;
        _products = history.Products;
        _buyers = history.Buyers();
        var lines = history.Customers.Values.SelectMany(c => c).ToList();
        double total = lines.Sum(l => l.Value.Lines);
        _categoryShare = lines.GroupBy(l => _products[l.Key].CategoryId).ToDictionary(g => g.Key, g => g.Sum(l => l.Value.Lines) / total);
        _tierShare = lines.GroupBy(l => _products[l.Key].Tier).ToDictionary(g => g.Key, g => g.Sum(l => l.Value.Lines) / total);
    }

    public IReadOnlyList<Recommendation> Recommend(IReadOnlyDictionary<long, Purchase> bought, int k)
    {
        double n = bought.Values.Sum(p => p.Lines);
        var categoryLines = bought.GroupBy(b => _products[b.Key].CategoryId).ToDictionary(g => g.Key, g => (double)g.Sum(b => b.Value.Lines));
        var tierLines = bought.GroupBy(b => _products[b.Key].Tier).ToDictionary(g => g.Key, g => (double)g.Sum(b => b.Value.Lines));
        double Leaning(double mine, double everyone) => (mine + Smoothing * everyone) / (n + Smoothing) / everyone;

        var pull = new Dictionary<long, (double Miss, AssociationRule Best)>();
        foreach (var first in bought.Keys)
            foreach (var rule in _rules.From(first))
            {
                if (rule.Lift < MinLift || bought.ContainsKey(rule.Then)) continue;
                var (miss, best) = pull.TryGetValue(rule.Then, out var m) ? m : (1.0, rule);
                pull[rule.Then] = (miss * (1 - rule.Confidence), rule.Lift > best.Lift ? rule : best);
            }

        return _buyers.Keys.Where(p => !bought.ContainsKey(p)).Select(p =>
            {
                var kind = _products[p];
                var rules = pull.TryGetValue(p, out var r) ? r : (Miss: 1.0, Best: null!);
                var score = _buyers[p]
                            * Leaning(categoryLines.GetValueOrDefault(kind.CategoryId), _categoryShare[kind.CategoryId])
                            * Leaning(tierLines.GetValueOrDefault(kind.Tier), _tierShare[kind.Tier])
                            * (1 + RulePull * (1 - rules.Miss));
                return new Recommendation(p, score, rules.Best);
            })
            .OrderByDescending(r => r.Score).ThenBy(r => r.Product).Take(k).ToList();
    }
}
