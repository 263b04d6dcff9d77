namespace Crm.ReportingApi.Features.Reports;

/// <summary>The forms a report is served in, chosen by ?format= or else by the Accept header; JSON by default.</summary>
public enum ReportFormat
{
    Json,
    Csv,
    Xlsx,
    Arrow,
}
