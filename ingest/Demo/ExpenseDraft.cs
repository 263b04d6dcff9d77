namespace Crm.Ingest.Demo;

internal sealed record ExpenseDraft(string Category, Campaign? Campaign, Department Department, string? Vendor);
