namespace Crm.Ingest.Demo;

/// <summary>
/// Decides each customer's deals and purchases. First pass (<see cref="Acquire"/>): the first one or two
/// deals that decide whether a contact becomes a buyer, and whether that buyer churns later. Second pass
/// (<see cref="Complete"/>): the buyer's repeat deals and walk-in purchases, then the products bought, in
/// time order so planted affinities and loyalty discounts can depend on what came before.
/// </summary>
internal sealed class DealSimulator(DemoCalendar cal, Marketing marketing, Catalogue catalogue, int seed)
{
    private static readonly string[] Path = ["lead", "qualified", "proposal", "negotiation", "won"];
    private static readonly double[] LostAtStage = [0.3, 0.3, 0.22, 0.18];

    /// <summary>Share of eligible buyers who churn: eligible ones bought early enough to show a fade.</summary>
    public const double ChurnChance = 0.31;

    /// <summary>Sales stop this long before a churn; calls and mail fade over the half-year before it.</summary>
    public static readonly TimeSpan LastSaleBeforeChurn = TimeSpan.FromDays(120);

    private readonly BasketPicker _baskets = new(catalogue);

    public void Acquire(Customer c)
    {
        var r = RandomStreams.For(seed, RandomStreams.Acquisition, c.Id);
        if (c.DuplicateOf is not null)
        {
            c.ActiveUntil = Min(c.CreatedAt + r.Days(20, 120), cal.Now);
            return;
        }
        if (r.Chance(0.07))
        {
            c.ActiveUntil = Min(c.CreatedAt + r.Days(20, 200), cal.Now);
            return;
        }

        var firstOpen = c.Source == "import" ? c.CreatedAt + r.Days(0, 45) : c.CreatedAt + r.Days(0.02, 6);
        if (firstOpen >= cal.Now) firstOpen = c.CreatedAt;
        var first = Forward(c, firstOpen, repeat: false, c.Source, c.Campaign, c.Partner, r);
        c.Deals.Add(first);
        if (first.Stage == "lost" && r.Chance(0.45))
        {
            var again = first.LastChange + r.Days(20, 200);
            if (again < cal.Now.AddDays(-1)) c.Deals.Add(Forward(c, again, repeat: false, c.Source, c.Campaign, c.Partner, r));
        }

        c.FirstSaleAt = c.Deals.Where(d => d.IsWon).Select(d => (DateTime?)d.LastChange).Min();
        if (c.FirstSaleAt is { } firstSale && firstSale < cal.Now.AddDays(-330) && r.Chance(ChurnChance))
            c.ChurnAt = cal.Moment(r, firstSale.AddDays(300), cal.Now.AddDays(-30));

        c.ActiveUntil = c.IsBuyer
            ? c.ChurnAt ?? cal.Now
            : Min(c.Deals.Max(d => d.LastChange) + r.Days(15, 120), cal.Now);
    }

    /// <summary>The end of the window in which a buyer opens repeat deals.</summary>
    public DateTime RepeatWindowEnd(Customer c) => c.ChurnAt is { } churn ? churn - LastSaleBeforeChurn : cal.Now;

    public void Complete(Customer c)
    {
        var r = RandomStreams.For(seed, RandomStreams.Repeat, c.Id);
        if (c.FirstSaleAt is { } firstSale)
        {
            var from = firstSale.AddDays(1);
            var end = RepeatWindowEnd(c);
            for (var i = 0; i < c.RepeatDeals && end > from; i++)
            {
                var open = TenureMoment(from, end, Season.DealOpenings, r);
                var campaign = r.Chance(0.25) ? marketing.PromotionAt(open, r) : null;
                var deal = Forward(c, open, repeat: true, campaign?.Source ?? c.Source, campaign, c.Partner, r);
                if (deal.OpenedAt < cal.Now) c.Deals.Add(deal);
            }
            for (var i = 0; i < c.WalkInSales && end > from; i++)
                c.Sales.Add(new SaleEvent(TenureMoment(from, end, Season.Sales, r), null));
        }
        c.Deals.Sort((a, b) => a.OpenedAt.CompareTo(b.OpenedAt));
        foreach (var d in c.Deals.Where(d => d.IsWon))
        {
            d.Sale = new SaleEvent(d.LastChange, d);
            c.Sales.Add(d.Sale);
        }
        c.Sales.Sort((a, b) => a.At.CompareTo(b.At));
        _baskets.Fill(c, r);
    }

    /// <summary>
    /// Buyers order most in their first year or two and then settle; without this the growing pool of
    /// buyers would make every later month busier and hide the seasons.
    /// </summary>
    private DateTime TenureMoment(DateTime from, DateTime end, Season season, Random r)
    {
        for (var attempt = 0; ; attempt++)
        {
            var t = cal.Moment(r, from, end, season);
            if (attempt > 10 || r.NextDouble() < Math.Exp(-(t - from).TotalDays / BuyingHalfLifeDays * Math.Log(2))) return t;
        }
    }

    private const double BuyingHalfLifeDays = 540;

    /// <summary>A deal from its opening: won after passing every stage, or lost at one of them.</summary>
    private DealPlan Forward(Customer c, DateTime open, bool repeat, string source, Campaign? campaign, Partner? partner, Random r)
    {
        var agent = c.OwnerAt(open);
        var won = r.Chance(WinOdds.Chance(repeat, source, campaign, partner, agent, c.Intent));
        // Returning customers move faster through the funnel.
        var pace = repeat ? 0.5 : 1.0;
        var steps = new List<StageStep> { new("lead", open) };
        var t = open;
        string? lostReason = null;
        DateTime? touchesUntil = null;
        // Stages change when people are at work: same day, office hours, never before the previous change.
        DateTime Next(TimeSpan wait)
        {
            var at = DemoCalendar.Utc(DemoCalendar.LocalDate(t + wait), DemoCalendar.OfficeHour(r));
            return at > t ? at : t + TimeSpan.FromHours(r.Between(0.5, 3.0));
        }
        if (won)
        {
            t = Next(r.Days(1, 7) * pace); steps.Add(new("qualified", t));
            t = Next(r.Days(2, 14) * pace); steps.Add(new("proposal", t));
            t = Next(r.Days(2, 18) * pace); steps.Add(new("negotiation", t));
            t = Next(r.Days(2, 20) * pace); steps.Add(new("won", t));
        }
        else
        {
            var lostAt = Pick(LostAtStage, r);
            for (var k = 1; k <= lostAt; k++)
            {
                t = Next((k switch { 1 => r.Days(1, 7), 2 => r.Days(2, 14), _ => r.Days(2, 18) }) * pace);
                steps.Add(new(Path[k], t));
            }
            // Late-stage deals that die mostly die of silence: a stall, then someone closes them as lost.
            var stall = lostAt <= 1 ? r.Days(3, 30) : r.Days(15, 150);
            if (lostAt >= 2) touchesUntil = t + TimeSpan.FromDays(Math.Min(stall.TotalDays, r.Between(1, 8)));
            t = Next(stall);
            steps.Add(new("lost", t));
            lostReason = LostReasons.For(lostAt, r);
        }

        var deal = new DealPlan
        {
            Customer = c, Source = source, Campaign = campaign, Partner = partner, IsRepeat = repeat,
            Steps = steps, LostReason = lostReason, TouchesUntil = touchesUntil,
        };
        CutAtChurn(deal, r);
        CutAtNow(deal, r);
        return deal;
    }

    /// <summary>A churning customer stops answering: whatever is still open dies before the churn date.</summary>
    private static void CutAtChurn(DealPlan deal, Random r)
    {
        if (deal.Customer.ChurnAt is not { } churn) return;
        var cut = churn.AddDays(-2);
        if (deal.LastChange < cut) return;
        var kept = deal.Steps.Where(s => s.At < cut && s.Stage is not ("won" or "lost")).ToList();
        if (kept.Count == 0) kept.Add(deal.Steps[0]);
        var last = kept[^1].At;
        kept.Add(new("lost", last + (cut - last) * r.Between(0.3, 0.95)));
        deal.Steps = kept;
        deal.LostReason = "unresponsive";
        deal.TouchesUntil = deal.TouchesUntil is { } u && u < last ? u : last + (cut - last) * 0.2;
    }

    /// <summary>What has not happened by now is the open pipeline, with the close date the agent expects.</summary>
    private void CutAtNow(DealPlan deal, Random r)
    {
        if (deal.LastChange <= cal.Now) return;
        var final = deal.Steps[^1];
        deal.Steps = deal.Steps.Where(s => s.At <= cal.Now).ToList();
        deal.LostReason = null;
        deal.ExpectedClose = final.Stage == "won"
            ? DemoCalendar.LocalDate(final.At).AddDays(r.Between(-5, 10))
            : DemoCalendar.LocalDate(deal.LastChange + r.Days(10, 45));
    }

    private static int Pick(double[] weights, Random r)
    {
        var x = r.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.Length - 1;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
