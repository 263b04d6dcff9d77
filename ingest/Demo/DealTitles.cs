namespace Crm.Ingest.Demo;

internal static class DealTitles
{
    public static string For(DealPlan deal) => deal.Basket.Length switch
    {
        0 => "Առաջարկ",
        1 => deal.Basket[0].Quantity > 1 ? $"{deal.Basket[0].Product.Name} × {deal.Basket[0].Quantity}" : deal.Basket[0].Product.Name,
        var n => $"{deal.Basket[0].Product.Name} և ևս {n - 1} ապրանք",
    };
}
