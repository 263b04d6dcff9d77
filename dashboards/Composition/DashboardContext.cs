using System.Globalization;
using Crm.Dashboards.Html;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using DuckDB.NET.Data;

namespace Crm.Dashboards.Composition;

/// <summary>
/// What a composed dashboard is built for: one open warehouse version, the reader's scope, the period and language.
/// Its panels run the catalogue's reports, so a dashboard's figures are the reports' figures.
/// </summary>
public sealed record DashboardContext(DuckDBConnection Connection, ReportScope Scope, DateOnly From, DateOnly To, DateOnly Today,
    Language Language, DateTimeOffset? WarehouseAsOf)
{
    public PageTexts Words => PageTexts.For(Language);

    public ValueFormat Format => ValueFormat.For(Language);

    public string FromText => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string ToText => To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Runs a report for this dashboard's scope with the period (when the report takes one) and <paramref name="values"/>.</summary>
    public (ReportArguments Arguments, ReportResult Result) Run(ReportDefinition report, params (string Name, string? Value)[] values)
    {
        var all = values.ToList();
        if (report.Parameter("from") is not null && all.All(v => v.Name != "from")) all.Add(("from", FromText));
        if (report.Parameter("to") is not null && all.All(v => v.Name != "to")) all.Add(("to", ToText));
        var args = ReportArguments.For(report, Today, [.. all]);
        return (args, ReportRunner.Run(Connection, args, Scope));
    }

    /// <summary>The full report's page for the same arguments.</summary>
    public static string Href(ReportArguments args) => new PageAddress(PageRoutes.Report(args.Report.Name),
        args.Report.Parameters.Where(p => p != ReportParameter.Limit && args.TextOf(p) is not null)
            .Select(p => new KeyValuePair<string, string>(p.Name, args.TextOf(p)!)).ToList()).Href;

    public List<KeyValuePair<string, string>> Facts(string scopeLabel) =>
    [
        new(Texts.For(Language).Period, $"{Format.Date(From)} – {Format.Date(To)}"),
        new(Texts.For(Language).Scope, scopeLabel),
    ];

    public Panel Panel(string id, string title, (ReportArguments Arguments, ReportResult Result) run, params string[] columns) =>
        new(id, title, run.Result, run.Arguments)
        {
            Chart = run.Arguments.Report.Chart,
            Columns = columns.Length == 0 ? null : columns.Select(c => ChartDataColumn(run.Result, c)).ToList(),
            ReportHref = Href(run.Arguments),
        };

    private string ChartDataColumn(ReportResult result, string column) => Charts.ChartData.InLanguage(result, column, Language);

    public static decimal Sum(ReportResult result, string column) =>
        result.Column(column).Where(v => v is not null).Sum(v => Convert.ToDecimal(v, CultureInfo.InvariantCulture));
}
