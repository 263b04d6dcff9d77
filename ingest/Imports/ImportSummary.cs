using Crm.Ingest.Imports.Validation;

namespace Crm.Ingest.Imports;

/// <summary>What an import did. Read = imported + updated + unchanged + quarantined.</summary>
public sealed record ImportSummary(
    long BatchId,
    string Entity,
    string FileName,
    long RowsRead,
    long RowsImported,
    long RowsUpdated,
    long RowsUnchanged,
    long RowsMerged,
    long RowsReview,
    long RowsQuarantined,
    IReadOnlyList<string> UnknownHeaders,
    IReadOnlyList<RowError> Errors,
    TimeSpan Elapsed)
{
    /// <summary>The first row errors kept for the summary; all of them are in the quarantine.</summary>
    public const int ErrorsKept = 100;

    public IEnumerable<string> Lines()
    {
        yield return $"import #{BatchId}: {Entity} from {FileName}";
        yield return $"  read {RowsRead:N0}, imported {RowsImported:N0}, updated {RowsUpdated:N0}, unchanged {RowsUnchanged:N0}, " +
                     $"merged as duplicates {RowsMerged:N0}, for review {RowsReview:N0}, quarantined {RowsQuarantined:N0} " +
                     $"in {Elapsed.TotalSeconds:F1} s";
        if (UnknownHeaders.Count > 0) yield return $"  ignored columns: {string.Join(", ", UnknownHeaders)}";
        foreach (var e in Errors) yield return "  " + e;
        if (RowsQuarantined > Errors.Count) yield return $"  … see `crm import quarantine list --batch {BatchId}` for all";
    }
}
