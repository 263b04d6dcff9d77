using System.Text;
using Crm.Dashboards.Localization;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Html;

/// <summary>
/// The page of any report, built from its definition alone: title, what it covers, the filter form, the chart, the
/// sortable table with its drill-down links, and the exports (CSV and XLSX from the API, PDF from the dashboards)
/// for the same filters. Refused filters keep the form and say why, instead of the figures.
/// </summary>
public static class ReportPage
{
    public static string Render(ReportView view)
    {
        var words = PageTexts.For(view.Language);
        var title = view.Report.Title.In(view.Language);
        var html = new StringBuilder();
        PageShell.Begin(html, title, view.Language, view.Address, $" class=\"wide\" id=\"report\" data-report=\"{HtmlEncode(view.Report.Name)}\"");
        html.Append($"<h1>{HtmlEncode(title)}</h1>\n");
        PageShell.Facts(html, view.Facts, view.Language, view.WarehouseAsOf);
        FilterForm.Append(html, view.Report, p => view.Address.Get(p.Name) ?? view.Arguments.TextOf(p), view.Options, view.Language, view.Address);

        if (view.Errors.Count > 0 || view.Result is null)
        {
            html.Append($"<div class=\"problem\" role=\"alert\"><h2>{HtmlEncode(words.FiltersNotApplied)}</h2><ul>\n");
            foreach (var error in view.Errors) html.Append($"<li>{HtmlEncode(error)}</li>\n");
            html.Append("</ul></div>\n");
        }
        else
        {
            if (view.Report.Chart is { } chart)
            {
                ChartFigure.Append(html, view.Result, chart, view.Language, title);
                ChartDrills.Append(html, view.Result, view.Arguments, chart, view.Language, view.Address);
            }
            Downloads(html, view, words);
            ReportTable.Append(html, view.Result, view.Arguments, view.Language,
                new TableLinks(view.Address, Sortable: true, view.SortColumn, view.Descending));
            html.Append($"<p class=\"rows\">{HtmlEncode(words.Rows)}: <span id=\"row-count\">{view.Result.Rows.Count}</span></p>\n");
        }
        PageShell.End(html);
        return html.ToString();
    }

    private static void Downloads(StringBuilder html, ReportView view, PageTexts words)
    {
        var query = view.ReportQuery.Query;
        var csv = new PageAddress(PageRoutes.Export(view.Report.Name, "csv"), query).Href;
        var xlsx = new PageAddress(PageRoutes.Export(view.Report.Name, "xlsx"), query).Href;
        var pdf = new PageAddress(PageRoutes.ReportPdf(view.Report.Name), query).With("lang", view.Language.Code()).Href;
        html.Append($"""
            <nav class="downloads" aria-label="{HtmlEncode(words.Download)}">
            <a id="export-csv" href="{HtmlEncode(csv)}" download>{HtmlEncode(words.Csv)}</a>
            <a id="export-xlsx" href="{HtmlEncode(xlsx)}" download>{HtmlEncode(words.Xlsx)}</a>
            <a id="export-pdf" href="{HtmlEncode(pdf)}" download>{HtmlEncode(words.Pdf)}</a>
            </nav>

            """);
    }
}
