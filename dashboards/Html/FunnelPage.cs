using System.Text;
using Crm.Dashboards.Charts;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports.Funnel;
using ScottPlot;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Html;

/// <summary>
/// The sales funnel as one self-contained HTML page. It carries no script and no event handler attributes, so it works
/// unchanged under a strict Content-Security-Policy; the filter is a plain GET form.
/// </summary>
public static class FunnelPage
{
    private const int ChartWidth = 900;
    private const int ChartHeight = 380;

    private static readonly char[] C0ControlsAndSpace = Enumerable.Range(0, 0x21).Select(code => (char)code).ToArray();

    /// <param name="pdfUrl">Where the same report downloads as PDF; relative or http(s).</param>
    /// <param name="jsonUrl">Where the same rows download as JSON; relative or http(s).</param>
    public static string Render(FunnelView view, string pdfUrl, string jsonUrl)
    {
        ArgumentNullException.ThrowIfNull(view);
        EnsureSafeUrl(pdfUrl, nameof(pdfUrl));
        EnsureSafeUrl(jsonUrl, nameof(jsonUrl));
        Texts texts = Texts.For(view.Language);

        StringBuilder html = new();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{view.Language.Code()}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{HtmlEncode(texts.FunnelTitle)} · {HtmlEncode(texts.DateRange(view.From, view.To))}</title>
            {DashboardStylesheet.FontPreload}
            <style>
            {DashboardStylesheet.Css}
            </style>
            </head>
            <body>
            <main>
            <h1>{HtmlEncode(texts.FunnelTitle)}</h1>
            <dl class="facts">
            <dt>{HtmlEncode(texts.Period)}</dt><dd>{HtmlEncode(texts.DateRange(view.From, view.To))}</dd>
            <dt>{HtmlEncode(texts.Scope)}</dt><dd>{HtmlEncode(view.ScopeLabel)}</dd>
            <dt>{HtmlEncode(texts.WarehouseAsOf)}</dt><dd>{HtmlEncode(texts.Timestamp(view.WarehouseAsOf))}</dd>
            </dl>

            """);
        AppendFilterForm(html, view, texts);
        AppendChart(html, view, texts);
        AppendTable(html, view, texts);
        html.Append($"""
            <nav class="downloads">
            <a href="{HtmlEncode(pdfUrl)}" download>{HtmlEncode(texts.DownloadPdf)}</a>
            <a href="{HtmlEncode(jsonUrl)}">{HtmlEncode(texts.Json)}</a>
            </nav>
            </main>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void AppendFilterForm(StringBuilder html, FunnelView view, Texts texts)
    {
        // No action attribute: the form submits to the page's own URL, whatever route the host mounts it on.
        html.Append($"""
            <form class="filters" method="get">
            <label>{HtmlEncode(texts.From)} <input type="date" name="from" value="{texts.Date(view.From)}" required></label>
            <label>{HtmlEncode(texts.To)} <input type="date" name="to" value="{texts.Date(view.To)}" required></label>
            <label>{HtmlEncode(texts.LanguageLabel)} <select name="lang">

            """);
        foreach (Language language in Enum.GetValues<Language>())
        {
            string selected = language == view.Language ? " selected" : "";
            html.Append($"""<option value="{language.Code()}" lang="{language.Code()}"{selected}>{HtmlEncode(language.NativeName())}</option>""").Append('\n');
        }
        html.Append($"""
            </select></label>
            <button type="submit">{HtmlEncode(texts.Apply)}</button>
            </form>

            """);
    }

    private static void AppendChart(StringBuilder html, FunnelView view, Texts texts)
    {
        using Plot plot = FunnelChart.Build(view.Rows, view.Language);
        plot.Title(false); // the page's h1 already says it
        html.Append($"""<figure class="chart" role="img" aria-label="{HtmlEncode(texts.FunnelTitle)}">""").Append('\n')
            .Append(InlineSvg.From(plot.GetSvgXml(ChartWidth, ChartHeight), ChartWidth, ChartHeight)).Append('\n')
            .Append("</figure>\n");
    }

    private static void AppendTable(StringBuilder html, FunnelView view, Texts texts)
    {
        html.Append($"""
            <table>
            <thead><tr>
            <th scope="col">{HtmlEncode(texts.Stage)}</th>
            <th scope="col" class="num">{HtmlEncode(texts.Deals)}</th>
            <th scope="col" class="num">{HtmlEncode(texts.Amount)}</th>
            <th scope="col" class="num">{HtmlEncode(texts.ConversionFromPrevious)}</th>
            <th scope="col" class="num">{HtmlEncode(texts.ConversionFromStart)}</th>
            </tr></thead>
            <tbody>

            """);
        foreach (FunnelRow row in view.Rows.OrderBy(row => row.SortOrder))
        {
            html.Append($"""<tr><th scope="row">{HtmlEncode(texts.StageName(row))}</th>""")
                .Append($"""<td class="num">{HtmlEncode(texts.Count(row.Deals))}</td>""")
                .Append($"""<td class="num">{HtmlEncode(texts.Money(row.Amount))}</td>""")
                .Append($"""<td class="num">{HtmlEncode(texts.Percent(row.ConversionFromPrevious))}</td>""")
                .Append($"""<td class="num">{HtmlEncode(texts.Percent(row.ConversionFromStart))}</td></tr>""")
                .Append('\n');
        }
        if (view.Rows.Count == 0)
            html.Append($"""<tr><td colspan="5" class="empty">{HtmlEncode(texts.NoData)}</td></tr>""").Append('\n');
        html.Append("</tbody>\n</table>\n");
    }

    private static void EnsureSafeUrl(string url, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url, parameterName);

        // Only the host builds these, but a javascript: link in a report is worth refusing loudly. Normalised the way
        // browsers read hrefs (control characters trimmed, tabs and newlines dropped) so "java\tscript:" is caught too.
        // Uri.TryCreate is not used: on Linux it takes "/reports/x.pdf" for an absolute file: URI.
        string normalized = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(C0ControlsAndSpace);
        int colon = normalized.IndexOf(':');
        int pathStart = normalized.IndexOfAny(['/', '?', '#']);
        bool hasScheme = colon > 0 && (pathStart < 0 || colon < pathStart);
        string scheme = hasScheme ? normalized[..colon] : "";
        if (hasScheme && !scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"Only relative or http(s) URLs are linked from a report, not '{url}'.", parameterName);
    }
}
