using System.Text;
using Crm.Dashboards.Composition;
using Crm.Dashboards.Localization;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Html;

/// <summary>
/// A composed dashboard (the overview, marketing, an agent's page): its headline figures, then a section per panel
/// with its chart, the first rows of its table and a link to the full report with the same filters.
/// </summary>
public static class DashboardPage
{
    /// <param name="pdfHref">Where the same page downloads as PDF.</param>
    public static string Render(DashboardView view, PageAddress address, string pdfHref)
    {
        var words = PageTexts.For(view.Language);
        var html = new StringBuilder();
        PageShell.Begin(html, view.Title, view.Language, address, $" class=\"wide\" id=\"dashboard\" data-dashboard=\"{HtmlEncode(view.Name)}\"");
        html.Append($"<h1>{HtmlEncode(view.Title)}</h1>\n");
        PageShell.Facts(html, view.Facts, view.Language, view.WarehouseAsOf);
        html.Append($"""
            <form id="filters" class="filters" method="get">
            <label for="filter-from">{HtmlEncode(Texts.For(view.Language).From)} <input type="date" id="filter-from" name="from" value="{Day(view.Period?.From)}"></label>
            <label for="filter-to">{HtmlEncode(Texts.For(view.Language).To)} <input type="date" id="filter-to" name="to" value="{Day(view.Period?.To)}"></label>
            <input type="hidden" name="lang" value="{view.Language.Code()}">
            <button type="submit">{HtmlEncode(words.Apply)}</button>
            </form>
            <nav class="downloads" aria-label="{HtmlEncode(words.Download)}"><a id="export-pdf" href="{HtmlEncode(pdfHref)}" download>{HtmlEncode(words.Pdf)}</a></nav>

            """);
        if (view.Kpis.Count > 0)
        {
            html.Append("<div class=\"kpis\">\n");
            foreach (var kpi in view.Kpis)
            {
                html.Append($"<div class=\"kpi\"><div class=\"label\">{HtmlEncode(kpi.Label)}</div><div class=\"value\">{HtmlEncode(kpi.Value)}</div>");
                if (kpi.Note is { } note) html.Append($"<div class=\"note\">{HtmlEncode(note)}</div>");
                html.Append("</div>\n");
            }
            html.Append("</div>\n");
        }
        foreach (var panel in view.Panels) AppendPanel(html, panel, view, address, words);
        PageShell.End(html);
        return html.ToString();
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static void AppendPanel(StringBuilder html, Panel panel, DashboardView view, PageAddress address, PageTexts words)
    {
        html.Append($"<section class=\"panel\" id=\"panel-{HtmlEncode(panel.Id)}\">\n<h2>{HtmlEncode(panel.Title)}</h2>\n");
        if (panel.Message is { } message || panel.Result is null)
        {
            html.Append($"<p class=\"message\">{HtmlEncode(panel.Message ?? Texts.For(view.Language).NoData)}</p>\n");
        }
        else
        {
            if (panel.Chart is { } chart) ChartFigure.Append(html, panel.Result, chart, view.Language, panel.Title, "chart-" + panel.Id);
            ReportTable.Append(html, panel.Result, panel.Arguments, view.Language, new TableLinks(address, Sortable: false),
                panel.Columns, panel.MaxRows, "table-" + panel.Id);
        }
        if (panel.ReportHref is { } href)
            html.Append($"<p><a class=\"report-link\" href=\"{HtmlEncode(href)}\">{HtmlEncode(words.OpenReport)}</a></p>\n");
        html.Append("</section>\n");
    }
}
