namespace Crm.Ingest.Demo;

/// <summary>One product on a quote or a sale; money in whole drams, as Armenian invoices show it.</summary>
internal readonly record struct BasketLine(Product Product, int Quantity, decimal UnitPrice, decimal DiscountPct)
{
    public decimal Gross => Quantity * UnitPrice;
    public decimal DiscountAmount => Math.Round(Gross * DiscountPct / 100m, 0, MidpointRounding.AwayFromZero);
    public decimal Net => Gross - DiscountAmount;
}
