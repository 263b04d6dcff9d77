namespace Crm.Ingest.Demo;

/// <summary>A purchase: the sale of a won deal, or a repeat purchase made without a deal (walk-in, reorder).</summary>
internal sealed class SaleEvent(DateTime at, DealPlan? deal)
{
    public DateTime At { get; } = at;
    public DealPlan? Deal { get; } = deal;
    public BasketLine[] Lines { get; set; } = [];
    public decimal Amount => Lines.Sum(l => l.Net);

    /// <summary>Cumulative spend before this purchase, which sets the loyalty level it was sold at.</summary>
    public decimal SpentBefore { get; set; }
}
