namespace Crm.Ingest.Dedup;

/// <summary>A company's name key (brand words, no legal form) and its canonical legal form.</summary>
public sealed record CompanyNameKey(string? NameKey, string? LegalForm);
