namespace Crm.Warehouse.Tests.Models;

/// <summary>How many rows of the customer-bearing facts count for one customer.</summary>
public sealed record FactCount(long Activities, long Deals, long SaleLines, long LoyaltyEntries)
{
    public static FactCount operator +(FactCount a, FactCount b) =>
        new(a.Activities + b.Activities, a.Deals + b.Deals, a.SaleLines + b.SaleLines, a.LoyaltyEntries + b.LoyaltyEntries);
}
