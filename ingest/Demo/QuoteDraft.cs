namespace Crm.Ingest.Demo;

internal sealed record QuoteDraft(long Id, DealPlan Deal, DateTime IssuedAt, DateOnly ValidUntil, string Status, BasketLine[] Lines)
{
    public string Number => $"Q-{IssuedAt.Year}-{Id:D7}";
    public decimal Amount => Lines.Sum(l => l.Net);
}
