namespace Crm.Ingest.Handover;

/// <summary>
/// Decides who receives what. A customer takes its open deals and tasks with it, and a deal its tasks, so one
/// receiver holds the whole relationship. Spreading hands the heaviest bundle (most items, then most open deal
/// value, then customers before deals before tasks, then lowest id) to the least-loaded receiver (ties: lowest
/// id), again and again: the same store always gives the same plan, and every receiver who gets anything ends
/// at most one bundle above the least-loaded one.
/// </summary>
internal static class HandoverPlanner
{
    public static List<HandoverItem> Plan(Portfolio portfolio, IReadOnlyList<Receiver> receivers)
    {
        var bundles = Bundle(portfolio)
            .OrderByDescending(b => b.Weight).ThenByDescending(b => b.Value).ThenBy(b => b.KindRank).ThenBy(b => b.AnchorId);
        var queue = new PriorityQueue<Receiver, (long Load, long Id)>();
        foreach (var r in receivers) queue.Enqueue(r, (r.Load, r.Id));
        var items = new List<HandoverItem>();
        foreach (var bundle in bundles)
        {
            queue.TryDequeue(out var receiver, out var priority);
            items.AddRange(bundle.Items.Select(i => new HandoverItem(i.Kind, i.Id, receiver!.Id)));
            queue.Enqueue(receiver!, (priority.Load + bundle.Weight, priority.Id));
        }
        return items;
    }

    internal static List<PortfolioBundle> Bundle(Portfolio portfolio)
    {
        var byCustomer = new Dictionary<long, PortfolioBundle>();
        foreach (var id in portfolio.CustomerIds)
        {
            var bundle = new PortfolioBundle(0, id);
            bundle.Items.Add(("customer", id));
            byCustomer[id] = bundle;
        }
        var loose = new List<PortfolioBundle>();
        var byDeal = new Dictionary<long, PortfolioBundle>();
        foreach (var deal in portfolio.Deals)
        {
            var bundle = deal.CustomerId is { } c && byCustomer.TryGetValue(c, out var owner) ? owner : Loose(1, deal.Id);
            bundle.Items.Add(("deal", deal.Id));
            bundle.Value += deal.Amount;
            byDeal[deal.Id] = bundle;
        }
        foreach (var task in portfolio.Tasks)
        {
            var bundle = task.CustomerId is { } c && byCustomer.TryGetValue(c, out var owner) ? owner
                : task.DealId is { } d && byDeal.TryGetValue(d, out var deal) ? deal
                : Loose(2, task.Id);
            bundle.Items.Add(("task", task.Id));
        }
        return [.. byCustomer.Values, .. loose];

        PortfolioBundle Loose(int rank, long id)
        {
            var bundle = new PortfolioBundle(rank, id);
            loose.Add(bundle);
            return bundle;
        }
    }
}
