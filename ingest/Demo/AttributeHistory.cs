namespace Crm.Ingest.Demo;

/// <summary>
/// How a customer's lifecycle and segment moved over its life. Every customer starts as a lead; it becomes a
/// prospect when a deal of its is first qualified, a buyer at its first sale and lost when it churns. Persons
/// are retail until their purchases reach the loyalty ladder's gold level, which makes them VIP; companies are
/// SMB, or corporate from the start when they are big, or from the purchase that reaches corporate volume.
/// </summary>
internal static class AttributeHistory
{
    private const double CorporateFromTheStart = 7.0;
    private const decimal CorporateVolume = 30_000_000m;

    public static List<AttributeChange> Of(Customer c)
    {
        DateTime From(DateTime t) => t < c.CreatedAt ? c.CreatedAt : t;
        var lifecycle = new List<(DateTime At, string Value)> { (c.CreatedAt, "lead") };
        var qualified = c.Deals.Select(d => d.TimeOf("qualified")).Where(t => t is not null).Min();
        if (qualified is { } q && (c.FirstSaleAt is null || q < c.FirstSaleAt)) lifecycle.Add((From(q), "prospect"));
        if (c.FirstSaleAt is { } sale) lifecycle.Add((From(sale), "buyer"));
        if (c.ChurnAt is { } churn) lifecycle.Add((From(churn), "lost"));

        var segment = new List<(DateTime At, string Value)> { (c.CreatedAt, Initial(c)) };
        if (Upgrade(c) is { } upgrade) segment.Add((From(upgrade.At), upgrade.Segment));

        // One row per moment something changed, holding both values as they stood from then on.
        return lifecycle.Select(x => x.At).Concat(segment.Select(x => x.At)).Distinct().Order()
            .Select(t => new AttributeChange(t, lifecycle.Last(x => x.At <= t).Value, segment.Last(x => x.At <= t).Value))
            .ToList();
    }

    private static string Initial(Customer c) =>
        !c.IsCompany ? "retail" : c.Value >= CorporateFromTheStart ? "corporate" : "smb";

    private static (DateTime At, string Segment)? Upgrade(Customer c)
    {
        var initial = Initial(c);
        if (initial == "corporate") return null;
        foreach (var sale in c.Sales)
        {
            var spent = sale.SpentBefore + sale.Amount;
            if (c.IsCompany && spent >= CorporateVolume) return (sale.At, "corporate");
            if (!c.IsCompany && LoyaltyLadder.At(spent).Level is "gold" or "platinum") return (sale.At, "vip");
        }
        return null;
    }
}
