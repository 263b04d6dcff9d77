using Crm.Dashboards.Html;

namespace Crm.Dashboards.Composition;

/// <summary>A report's page as a dashboard of one panel holding all its rows: what its PDF prints.</summary>
public static class ReportDashboard
{
    public static DashboardView From(ReportView view) => new(
        view.Report.Name,
        view.Report.Title.In(view.Language),
        view.Language,
        view.Facts,
        view.WarehouseAsOf,
        [],
        [
            new Panel("report", "", view.Result, view.Arguments)
            {
                Chart = view.Report.Chart,
                MaxRows = int.MaxValue,
            },
        ]);
}
