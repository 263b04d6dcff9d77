namespace Crm.Ingest.Imports.Validation;

/// <summary>One problem of one row, as the summary and the quarantine show it.</summary>
public sealed record RowError(long Row, string Column, string Reason)
{
    public override string ToString() => $"row {Row}, column \"{Column}\": {Reason}";
}
