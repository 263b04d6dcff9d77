using System.Text.Json;
using Crm.Ingest.Imports.Quarantine;

namespace Crm.ReportingApi.Features.Imports;

/// <summary>A quarantine entry as the API shows it, with the row and errors as JSON rather than strings.</summary>
public sealed record QuarantineItem(long Id, long BatchId, long LastBatchId, string Entity, long RowNumber, string Status,
    JsonElement Raw, JsonElement Errors)
{
    public static QuarantineItem From(QuarantinedRow r) =>
        new(r.Id, r.BatchId, r.LastBatchId, r.Entity, r.RowNumber, r.Status,
            JsonDocument.Parse(r.RawJson).RootElement.Clone(), JsonDocument.Parse(r.ErrorsJson).RootElement.Clone());
}
