namespace Crm.Ingest.Demo;

internal sealed class Marketing(IReadOnlyList<Partner> partners, IReadOnlyList<Campaign> campaigns)
{
    private readonly Partner[] _referrers = partners.Where(p => p.BringsCustomers).ToArray();
    private readonly Campaign[] _promotions = campaigns.Where(c => c.Kind == "campaign").ToArray();
    private readonly Campaign[] _gatherings = campaigns.Where(c => c.IsGathering).ToArray();

    public IReadOnlyList<Partner> Partners { get; } = partners;
    public IReadOnlyList<Campaign> Campaigns { get; } = campaigns;

    public Partner? ReferringPartner(Random r) => _referrers.Length == 0 ? null : r.Pick(_referrers);

    /// <summary>A promotion running at t that an existing customer might respond to, or null.</summary>
    public Campaign? PromotionAt(DateTime t, Random r) => RunningAt(_promotions, t, r, 0);

    /// <summary>An event, exhibition or seminar within a couple of months of t (something to invite a customer to).</summary>
    public Campaign? GatheringNear(DateTime t, Random r) => RunningAt(_gatherings, t, r, 60);

    private static Campaign? RunningAt(Campaign[] pool, DateTime t, Random r, int slackDays)
    {
        var day = DemoCalendar.LocalDate(t);
        Campaign? chosen = null;
        var seen = 0;
        foreach (var c in pool)
        {
            if (day < c.StartsOn.AddDays(-slackDays) || day > c.EndsOn.AddDays(slackDays)) continue;
            // Reservoir sampling: one pass, each running campaign equally likely.
            if (r.Next(++seen) == 0) chosen = c;
        }
        return chosen;
    }
}
