using System.Text;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Html;

/// <summary>Every report the reader may open, by its name in their language.</summary>
public static class ReportIndexPage
{
    public static string Render(IEnumerable<ReportDefinition> reports, Language language, PageAddress address)
    {
        var title = PageTexts.For(language).Reports;
        var html = new StringBuilder();
        PageShell.Begin(html, title, language, address, " id=\"reports\"");
        html.Append($"<h1>{HtmlEncode(title)}</h1>\n<ul class=\"report-list\">\n");
        foreach (var report in reports.OrderBy(r => r.Title.In(language), StringComparer.CurrentCulture))
            html.Append($"<li><a href=\"{HtmlEncode(PageRoutes.Report(report.Name))}\" data-report=\"{HtmlEncode(report.Name)}\">{HtmlEncode(report.Title.In(language))}</a></li>\n");
        html.Append("</ul>\n");
        PageShell.End(html);
        return html.ToString();
    }
}
