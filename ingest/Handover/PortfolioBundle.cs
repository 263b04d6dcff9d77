namespace Crm.Ingest.Handover;

/// <summary>Items that go to one receiver together: a customer with its open deals and tasks, a deal with its tasks, or a lone task.</summary>
internal sealed class PortfolioBundle(int kindRank, long anchorId)
{
    public int KindRank { get; } = kindRank;
    public long AnchorId { get; } = anchorId;
    public List<(string Kind, long Id)> Items { get; } = [];
    public decimal Value { get; set; }
    public int Weight => Items.Count;
}
