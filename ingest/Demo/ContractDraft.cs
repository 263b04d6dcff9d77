namespace Crm.Ingest.Demo;

internal sealed record ContractDraft(long Id, DealPlan Deal, DateOnly StartsOn, DateOnly EndsOn, string Status, DateTime UpdatedAt)
{
    public string Number => $"CT-{Deal.LastChange.Year}-{Id:D7}";
}
