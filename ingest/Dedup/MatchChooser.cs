namespace Crm.Ingest.Dedup;

/// <summary>
/// Decides about one customer against all its candidates, root by root. A sure root merges only when it is
/// also safe for the whole group the customer would join — nothing any member knows contradicts it — and
/// unambiguous: it beats every other sure root on agreeing facts or name. A match on name and town alone
/// needs the name to be the only one of its kind there and uncommon enough that a namesake is unlikely;
/// otherwise a person reviews it.
/// </summary>
public static class MatchChooser
{
    private const int MaxReviews = 3;

    /// <summary>A name-only match is left to a person when this many namesakes are expected in the town by chance.</summary>
    public const double MaxExpectedNamesakes = 0.3;

    /// <param name="customer">The customer to decide about (the newer one; it is merged, not the candidate).</param>
    /// <param name="candidates">Other customers found by blocking; their roots may repeat.</param>
    /// <param name="customerRoot">The customer's own root, to skip candidates already one with it.</param>
    public static MatchDecision Choose(CustomerKeys customer, IEnumerable<Candidate> candidates, long customerRoot, IMatchContext context)
    {
        var pairs = new List<RootJudgement>();
        foreach (var c in candidates)
        {
            if (c.Keys.Id == customer.Id || c.RootId == customerRoot) continue;
            if (context.Settled(customer.Id, c.Keys.Id) || context.Settled(customer.Id, c.RootId)) continue;
            var e = PairEvidence.Compare(customer, c.Keys);
            pairs.Add(new RootJudgement(c.RootId, e, MatchRules.Judge(e)));
        }
        if (pairs.Count == 0) return MatchDecision.Unique(customer.Id);

        var roots = pairs.GroupBy(p => p.RootId).Select(g => Safe(customer, Strongest(g), context)).Where(r => r.Verdict != MatchVerdict.None)
            .OrderByDescending(r => r.Verdict).ThenByDescending(r => r.Evidence.Positives).ThenByDescending(r => r.Evidence.Name)
            .ToList();

        var sure = roots.Where(r => r.Verdict == MatchVerdict.Sure).ToList();
        if (sure.Count > 0)
        {
            var best = sure[0];
            var tied = sure.Count > 1 && sure[1].Evidence.Positives == best.Evidence.Positives
                                      && best.Evidence.Name - sure[1].Evidence.Name < 0.02;
            var nameOnly = best.Evidence.Positives == 0;
            if (!tied && (!nameOnly || (LookalikeRoots(pairs) == 1 && context.ExpectedNamesakes(customer) <= MaxExpectedNamesakes)))
                return new MatchDecision(customer.Id, best.RootId, best.Evidence, []);
        }

        var reviews = roots.Take(MaxReviews)
            .Select(r => new ReviewProposal(customer.Id, r.RootId, Math.Round(r.Evidence.Name, 4), r.Evidence))
            .ToList();
        return new MatchDecision(customer.Id, null, null, reviews);
    }

    private static RootJudgement Strongest(IEnumerable<RootJudgement> pairsOfOneRoot) =>
        pairsOfOneRoot.OrderByDescending(p => p.Verdict).ThenByDescending(p => p.Evidence.Positives)
            .ThenByDescending(p => p.Evidence.Name).First();

    /// <summary>A sure root some member of which contradicts the customer is not sure any more.</summary>
    private static RootJudgement Safe(CustomerKeys customer, RootJudgement root, IMatchContext context)
    {
        if (root.Verdict != MatchVerdict.Sure) return root;
        var contradicted = context.MembersOf(root.RootId)
            .Any(m => m.Id != customer.Id && PairEvidence.Compare(customer, m).AnyConflict);
        return contradicted ? root with { Verdict = root.Evidence.Exact ? MatchVerdict.Review : MatchVerdict.None } : root;
    }

    /// <summary>How many roots in the town carry a name this close, whether or not other facts rule them out.</summary>
    private static int LookalikeRoots(List<RootJudgement> pairs) =>
        pairs.Where(p => p.Evidence.SameKind && p.Evidence.SameCity && p.Evidence.Name >= MatchRules.SureName
                         && p.Evidence.WeakestWord >= MatchRules.SureWord)
            .Select(p => p.RootId).Distinct().Count();

    private sealed record RootJudgement(long RootId, PairEvidence Evidence, MatchVerdict Verdict);
}
