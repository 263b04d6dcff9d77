using System.Text;
using Crm.Dashboards.Charts;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Html;

/// <summary>A report's chart inline as SVG in a figure: its text stays text, so it is searchable, sharp and translatable.</summary>
public static class ChartFigure
{
    public const int Width = 960;
    public const int Height = 400;

    public static void Append(StringBuilder html, ReportResult result, ReportChart chart, Language language, string caption, string id = "report-chart")
    {
        using var plot = ReportPlot.Build(result, chart, language);
        html.Append($"<figure class=\"chart\" id=\"{HtmlEncode(id)}\" data-kind=\"{chart.Kind.ToString().ToLowerInvariant()}\" role=\"img\" aria-label=\"{HtmlEncode(caption)}\">\n")
            .Append(InlineSvg.From(plot.GetSvgXml(Width, Height), Width, Height)).Append("\n</figure>\n");
    }
}
