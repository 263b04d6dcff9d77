namespace Crm.Ingest.Imports;

/// <summary>
/// What a single-record ingest did: the record's id and whether it was created, updated or unchanged (and
/// dedup's verdict on a new customer), or the problems by field name.
/// </summary>
public sealed record IngestResult(long? Id, string Outcome, string? Dedup, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
    public bool Created => Outcome == "created";
}
