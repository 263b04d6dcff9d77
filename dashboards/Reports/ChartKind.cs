namespace Crm.Dashboards.Reports;

public enum ChartKind
{
    Bar,
    Line,
    Pie,
    Funnel,
    Map,
}
