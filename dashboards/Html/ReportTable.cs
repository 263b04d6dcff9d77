using System.Text;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Html;

/// <summary>
/// A report's rows as an HTML table: headers in the reader's language (links that sort by the column when the
/// table is sortable), cells formatted by their column's kind, and the drill-down cells as links to the list report.
/// </summary>
public static class ReportTable
{
    public static void Append(StringBuilder html, ReportResult result, ReportArguments? args, Language language, TableLinks links,
        IReadOnlyList<string>? columns = null, int? maxRows = null, string id = "report-table")
    {
        var format = ValueFormat.For(language);
        var shown = (columns ?? result.Columns.Select(c => c.Name).ToList()).Select(result.Ordinal).ToArray();
        var drills = args is null ? [] : args.Report.Drills;

        html.Append($"<div class=\"table-wrap\"><table class=\"report\" id=\"{HtmlEncode(id)}\" data-report=\"{HtmlEncode(result.Report.Name)}\">\n<thead><tr>");
        foreach (var i in shown) Header(html, result.Columns[i], language, links);
        html.Append("</tr></thead>\n<tbody>\n");
        var rows = maxRows is { } max ? result.Rows.Take(max) : result.Rows;
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var i in shown)
            {
                var column = result.Columns[i];
                var text = HtmlEncode(format.Cell(column, row[i]));
                var drill = drills.FirstOrDefault(d => d.Column == column.Name);
                if (drill is not null && args is not null && DrillLinks.Query(drill, args, result, row) is { } query)
                {
                    var target = new PageAddress(PageRoutes.Report(drill.Target), query);
                    if (links.Address.Get("lang") is { } lang) target = target.With("lang", lang);
                    text = $"<a class=\"drill\" data-target=\"{HtmlEncode(drill.Target)}\" href=\"{HtmlEncode(target.Href)}\">{text}</a>";
                }
                html.Append(IsNumeric(column) ? "<td class=\"num\">" : "<td>").Append(text).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        if (result.Rows.Count == 0)
            html.Append($"<tr><td colspan=\"{shown.Length}\" class=\"empty\">{HtmlEncode(Texts.For(language).NoData)}</td></tr>\n");
        html.Append("</tbody>\n</table></div>\n");
    }

    private static void Header(StringBuilder html, ReportColumn column, Language language, TableLinks links)
    {
        var label = HtmlEncode(Labels.Column(column.Name, language));
        var cls = IsNumeric(column) ? " class=\"num\"" : "";
        if (!links.Sortable)
        {
            html.Append($"<th scope=\"col\" data-column=\"{column.Name}\"{cls}>{label}</th>");
            return;
        }
        var sorted = links.SortColumn == column.Name;
        var ariaSort = sorted ? $" aria-sort=\"{(links.Descending ? "descending" : "ascending")}\"" : "";
        // A first click on a figure shows the biggest first; on a name, A to Z.
        var descending = sorted ? !links.Descending : IsNumeric(column);
        var href = links.Address.With("sort", column.Name).With("dir", descending ? "desc" : "asc").Href;
        var arrow = sorted ? (links.Descending ? " ▼" : " ▲") : "";
        html.Append($"<th scope=\"col\" data-column=\"{column.Name}\"{cls}{ariaSort}><a class=\"sort\" href=\"{HtmlEncode(href)}\" title=\"{HtmlEncode(PageTexts.For(language).Sort)}\">{label}{arrow}</a></th>");
    }

    private static bool IsNumeric(ReportColumn column) =>
        column.Kind is ColumnKind.Integer or ColumnKind.Number or ColumnKind.Money or ColumnKind.Share or ColumnKind.Days;
}
