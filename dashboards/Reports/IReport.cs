namespace Crm.Dashboards.Reports;

/// <summary>A report of the product: implemented by one small class per report next to its rpt_*.sql.</summary>
public interface IReport
{
    static abstract ReportDefinition Definition { get; }
}
