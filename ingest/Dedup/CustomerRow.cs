namespace Crm.Ingest.Dedup;

/// <summary>A customer as stored, with the fields dedup reads.</summary>
public sealed record CustomerRow(
    long Id,
    string Kind,
    string Name,
    string? FirstName,
    string? LastName,
    string? LegalForm,
    string? TaxId,
    string? Phone,
    string? Email,
    string? City,
    DateOnly? Birthday,
    long? MergedIntoId,
    bool KeysStale);
