namespace Crm.Ingest.Demo;

/// <summary>
/// Chooses what each purchase contains. Customers lean to two favourite categories and to the price tier
/// that fits their size; having bought the first product of a planted pair makes the second far likelier.
/// </summary>
internal sealed class BasketPicker(Catalogue catalogue)
{
    private static readonly WeightedTable<decimal> DealDiscounts =
        new([(0m, 0.45), (3m, 0.15), (5m, 0.2), (7m, 0.08), (10m, 0.08), (15m, 0.04)]);

    public void Fill(Customer c, Random r)
    {
        var products = catalogue.Products;
        var baseWeights = new double[products.Count];
        for (var i = 0; i < products.Count; i++)
        {
            var p = products[i];
            var preferred = Array.IndexOf(c.PreferredCategories, (int)p.Category.Id - 1) >= 0 ? 5.0 : 1.0;
            baseWeights[i] = p.Popularity * preferred * TierWeight(p.Tier, c.Value);
        }

        var bought = new bool[products.Count];
        var spent = 0m;
        foreach (var sale in c.Sales)
        {
            var list = catalogue.ListFor(DemoCalendar.LocalDate(sale.At), dealer: sale.Deal?.Partner is not null);
            var pct = sale.Deal is not null ? DealDiscounts.Draw(r) : LoyaltyLadder.At(spent).Pct;
            sale.Lines = Draw(c, baseWeights, bought, list, pct, r);
            sale.SpentBefore = spent;
            spent += sale.Amount;
            if (sale.Deal is { } deal)
            {
                deal.Basket = sale.Lines;
                deal.PriceList = list;
            }
            foreach (var line in sale.Lines) bought[line.Product.Index] = true;
        }
        foreach (var deal in c.Deals.Where(d => d.Sale is null))
        {
            deal.PriceList = catalogue.ListFor(DemoCalendar.LocalDate(deal.OpenedAt), dealer: deal.Partner is not null);
            deal.Basket = Draw(c, baseWeights, null, deal.PriceList, DealDiscounts.Draw(r), r);
        }
    }

    private BasketLine[] Draw(Customer c, double[] baseWeights, bool[]? bought, PriceList list, decimal pct, Random r)
    {
        var weights = (double[])baseWeights.Clone();
        if (bought is not null)
            foreach (var pair in catalogue.Affinities)
                if (bought[pair.First.Index]) weights[pair.Then.Index] *= pair.Boost;

        var count = c.IsCompany
            ? 1 + Math.Min(4, r.Poisson(1.0))
            : 1 + (r.Chance(0.4) ? 1 + (r.Chance(0.3) ? 1 : 0) : 0);
        var lines = new List<BasketLine>(count);
        for (var n = 0; n < count; n++)
        {
            var total = weights.Sum();
            if (total <= 0) break;
            var x = r.NextDouble() * total;
            var i = 0;
            for (; i < weights.Length - 1; i++)
            {
                x -= weights[i];
                if (x < 0) break;
            }
            weights[i] = 0;
            var product = catalogue.Products[i];
            lines.Add(new BasketLine(product, Quantity(c, product, r), list.Prices[i], pct));
        }
        return lines.ToArray();
    }

    private static int Quantity(Customer c, Product p, Random r)
    {
        if (!c.IsCompany)
            return p.Category.Code is "accessories" ? r.Between(1, 3) : r.Chance(0.88) ? 1 : 2;
        var q = Math.Max(1, r.RoundStochastic(Math.Pow(c.Value, 0.6) * r.Between(0.3, 1.5)));
        return Math.Min(q, p.Tier == "premium" ? 40 : 200);
    }

    private static double TierWeight(string tier, double value) => tier switch
    {
        "basic" => 1.4 / (0.6 + 0.4 * Math.Sqrt(value)),
        "premium" => 0.25 * Math.Pow(value, 0.6),
        _ => 1.0,
    };
}
