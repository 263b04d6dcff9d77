using Crm.Dashboards.Reports;

namespace Crm.Dashboards.Composition;

/// <summary>The period a composed dashboard covers, read from its query string by the reports' own rules (default: the last 12 months).</summary>
public static class DashboardPeriod
{
    private static readonly ReportDefinition PeriodOnly = new("period", new ReportTitle("Ժամանակահատված", "Period", "Период"), "", ReportParameter.Period, []);

    public static (DateOnly From, DateOnly To) Parse(IReadOnlyDictionary<string, string?> query, DateOnly today, out List<string> errors)
    {
        var period = query.Where(q => PeriodOnly.Parameter(q.Key) is not null).ToDictionary(q => q.Key, q => q.Value);
        var args = ReportArguments.Parse(PeriodOnly, period, today, out errors);
        return (args.From ?? today, args.To ?? today);
    }
}
