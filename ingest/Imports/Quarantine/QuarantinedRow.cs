namespace Crm.Ingest.Imports.Quarantine;

/// <summary>A quarantine entry as listed.</summary>
public sealed record QuarantinedRow(long Id, long BatchId, long LastBatchId, string Entity, long RowNumber, string Status,
    string RawJson, string RawText, string ErrorsJson, DateTime CreatedAt);
