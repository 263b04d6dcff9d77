namespace Crm.Ingest.Demo;

internal sealed class DealPlan
{
    public long Id { get; set; }
    public required Customer Customer { get; init; }
    public required string Source { get; init; }
    public Campaign? Campaign { get; init; }
    public Partner? Partner { get; init; }
    public bool IsRepeat { get; init; }
    public required List<StageStep> Steps { get; set; }
    public string? LostReason { get; set; }

    /// <summary>Set on deals that stalled: nobody touched them after this moment.</summary>
    public DateTime? TouchesUntil { get; set; }

    public DateOnly? ExpectedClose { get; set; }
    public BasketLine[] Basket { get; set; } = [];
    public PriceList? PriceList { get; set; }
    public SaleEvent? Sale { get; set; }

    public DateTime OpenedAt => Steps[0].At;
    public DateTime LastChange => Steps[^1].At;
    public string Stage => Steps[^1].Stage;
    public bool IsClosed => Stage is "won" or "lost";
    public bool IsWon => Stage == "won";
    public decimal Amount => Basket.Sum(l => l.Net);
    public Product? MainProduct => Basket.Length > 0 ? Basket[0].Product : null;

    /// <summary>Closed deals stay with whoever closed them; open ones move with the customer (handover).</summary>
    public Agent Owner => IsClosed ? Customer.OwnerAt(LastChange) : Customer.CurrentOwner;

    public bool Reached(string stage) => Steps.Exists(s => s.Stage == stage);
    public DateTime? TimeOf(string stage) => Steps.Find(s => s.Stage == stage) is { Stage: not null } s ? s.At : null;
}
