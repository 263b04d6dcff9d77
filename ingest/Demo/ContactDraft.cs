namespace Crm.Ingest.Demo;

internal sealed record ContactDraft(string FullName, string? Position, string Relation, string? Phone, string? Email,
    DateOnly? Birthday, bool IsPrimary, DateTime CreatedAt)
{
    public long Id { get; set; }
}
