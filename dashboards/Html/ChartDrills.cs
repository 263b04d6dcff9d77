using System.Text;
using Crm.Dashboards.Charts;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Html;

/// <summary>
/// Under a chart whose figure drills down (a funnel stage's deals, a region's customers), a link per bar to the list
/// behind it: an SVG bar is no link, and these need no script.
/// </summary>
public static class ChartDrills
{
    public static void Append(StringBuilder html, ReportResult result, ReportArguments args, ReportChart chart, Language language, PageAddress address)
    {
        if (args.Report.Drills.FirstOrDefault(d => d.Column == chart.Y[0]) is not { } drill) return;
        var format = ValueFormat.For(language);
        var x = result.Ordinal(ChartData.InLanguage(result, chart.X, language));
        var links = new List<string>();
        foreach (var row in result.Rows.Take(ChartData.MaxCategories))
        {
            if (DrillLinks.Query(drill, args, result, row) is not { } query) continue;
            var target = new PageAddress(PageRoutes.Report(drill.Target), query);
            if (address.Get("lang") is { } lang) target = target.With("lang", lang);
            var label = $"{format.Cell(result.Columns[x], row[x])}: {format.Cell(result.Columns[result.Ordinal(drill.Column)], row[result.Ordinal(drill.Column)])}";
            links.Add($"<a class=\"drill\" data-target=\"{HtmlEncode(drill.Target)}\" href=\"{HtmlEncode(target.Href)}\">{HtmlEncode(label)}</a>");
        }
        if (links.Count > 0) html.Append("<nav class=\"chart-drills\">").Append(string.Join(" · ", links)).Append("</nav>\n");
    }
}
