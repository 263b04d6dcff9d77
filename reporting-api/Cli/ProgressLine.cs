using Crm.Ingest.Imports;

namespace Crm.ReportingApi.Cli;

/// <summary>Import progress on one updating line of standard error.</summary>
internal sealed class ProgressLine : IProgress<ImportProgress>
{
    public void Report(ImportProgress p)
    {
        var share = p.TotalBytes is > 0 ? $" ({100.0 * p.BytesRead / p.TotalBytes.Value:F0}%)" : "";
        Console.Error.Write($"\rimport: {p.RowsRead:N0} rows read{share}, {p.RowsQuarantined:N0} quarantined   ");
    }
}
