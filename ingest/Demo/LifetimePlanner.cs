namespace Crm.Ingest.Demo;

/// <summary>
/// Shares the scale's totals out over the customers once everyone's first deals are known: repeat deals
/// go to buyers in proportion to how long they buy and how big they are (which, with the heavy-tailed
/// size, is what concentrates revenue in a fifth of buyers); everyday contacts fill the activity total.
/// Also finds referrers: a referred customer names someone who had already bought.
/// </summary>
internal sealed class LifetimePlanner(DealSimulator deals, int seed)
{
    private const int Planning = 12;

    // Measured at S: journal rows per deal (deal, inquiry/event, stage touches, tasks, agreement) and per
    // purchase (sale, payments, the odd refund). The rest of the activity total is everyday contact.
    private const double RowsPerDeal = 6.6;
    private const double RowsPerSale = 2.1;
    private const double RepeatWinShare = 0.55;

    public void Plan(IReadOnlyList<Customer> customers, DemoScale scale)
    {
        var acquisition = customers.Sum(c => c.Deals.Count);
        var buyers = customers.Where(c => c.IsBuyer).ToList();
        double Weight(Customer c) =>
            Math.Max(0, (deals.RepeatWindowEnd(c) - c.FirstSaleAt!.Value).TotalDays) * Math.Pow(c.Value, 0.5);
        var totalWeight = buyers.Sum(Weight);
        var repeat = Math.Max(0, scale.Deals - acquisition);
        var expectedSales = 0.0;
        foreach (var c in buyers)
        {
            var r = RandomStreams.For(seed, Planning, c.Id);
            c.RepeatDeals = totalWeight > 0 ? r.RoundStochastic(repeat * Weight(c) / totalWeight) : 0;
            c.WalkInSales = r.RoundStochastic(c.RepeatDeals * (c.IsCompany ? 0.08 : 0.35));
            expectedSales += 1 + c.RepeatDeals * RepeatWinShare + c.WalkInSales;
        }

        var everyday = Math.Max(0.15 * scale.Activities, scale.Activities - scale.Deals * RowsPerDeal - expectedSales * RowsPerSale);
        double Window(Customer c) => Math.Max(0, (c.ActiveUntil - c.CreatedAt).TotalDays);
        var regular = customers.Where(c => c.DuplicateOf is null).ToList();
        double Appetite(Customer c) => Window(c) * (c.IsBuyer ? 1 + 0.4 * Math.Sqrt(Math.Min(c.Value, 25)) : 0.5);
        var totalAppetite = regular.Sum(Appetite);
        foreach (var c in customers)
        {
            var r = RandomStreams.For(seed, Planning, -c.Id);
            c.Touches = c.DuplicateOf is not null ? r.Between(1, 5)
                : totalAppetite > 0 ? r.RoundStochastic(everyday * Appetite(c) / totalAppetite) : 0;
        }

        AssignReferrers(customers, buyers);
    }

    private void AssignReferrers(IReadOnlyList<Customer> customers, List<Customer> buyers)
    {
        var bySale = buyers.OrderBy(b => b.FirstSaleAt).ThenBy(b => b.Id).ToList();
        var eligible = 0;
        foreach (var c in customers)
        {
            while (eligible < bySale.Count && bySale[eligible].FirstSaleAt < c.CreatedAt) eligible++;
            if (c.Source != "referral" || c.DuplicateOf is not null || eligible == 0) continue;
            var r = RandomStreams.For(seed, Planning, 1_000_000_000L + c.Id);
            if (r.Chance(0.85)) c.ReferredById = bySale[r.Next(eligible)].Id;
        }
    }
}
