namespace Crm.Ingest.Dedup;

/// <summary>The batch job's view of the store, all in memory: settled pairs, groups by root, name and town counts.</summary>
internal sealed class BatchMatchContext : IMatchContext
{
    private readonly SettledPairs _settled;
    private readonly Dictionary<long, long?> _parent;
    private readonly Dictionary<long, List<CustomerKeys>> _groups = [];
    private readonly Dictionary<string, int> _names = [];
    private readonly Dictionary<string, int> _towns = [];
    private readonly int _customers;

    public BatchMatchContext(IReadOnlyList<CustomerRow> rows, IReadOnlyList<CustomerKeys> keys, SettledPairs settled)
    {
        _settled = settled;
        _parent = rows.ToDictionary(r => r.Id, r => r.MergedIntoId);
        _customers = keys.Count;
        foreach (var k in keys)
        {
            Group(RootOf(k.Id)).Add(k);
            if (k.NameKey is { } n) _names[n] = _names.GetValueOrDefault(n) + 1;
            if (k.City is { } t) _towns[t] = _towns.GetValueOrDefault(t) + 1;
        }
    }

    public long RootOf(long id)
    {
        for (var depth = 0; depth < 100 && _parent.TryGetValue(id, out var next) && next is { } n; depth++) id = n;
        return id;
    }

    /// <summary>Applies a decision in memory, so later customers see the new root and the pairs now under review.</summary>
    public void Apply(MatchDecision decision)
    {
        if (decision.SurvivorId is { } survivor)
        {
            var id = decision.CustomerId;
            _parent[id] = survivor;
            if (_groups.Remove(id, out var moved))
            {
                foreach (var m in moved.Where(m => m.Id != id)) _parent[m.Id] = survivor;
                Group(survivor).AddRange(moved);
            }
        }
        foreach (var review in decision.Reviews) _settled.Add(review.CustomerId, review.CandidateRootId);
    }

    public bool Settled(long a, long b) => _settled.Contains(a, b);

    public IEnumerable<CustomerKeys> MembersOf(long rootId) => _groups.TryGetValue(rootId, out var g) ? g : [];

    public double ExpectedNamesakes(CustomerKeys customer) => customer.NameKey is null || customer.City is null ? 0
        : NameFrequency.ExpectedNamesakes(_names.GetValueOrDefault(customer.NameKey), _towns.GetValueOrDefault(customer.City), _customers);

    private List<CustomerKeys> Group(long root)
    {
        if (!_groups.TryGetValue(root, out var g)) _groups[root] = g = [];
        return g;
    }
}
