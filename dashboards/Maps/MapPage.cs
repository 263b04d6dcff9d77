using System.Text;
using Crm.Dashboards.Html;
using Crm.Dashboards.Localization;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Maps;

/// <summary>
/// The customers map as one self-contained HTML page: filters (a plain GET form), the map, regions as a table that
/// drills into a region's customers, each linked to Google Maps. No script, no event handler, nothing fetched from
/// elsewhere: it works offline and under a strict Content-Security-Policy.
/// </summary>
public static class MapPage
{
    /// <param name="pageUrl">The page's own path (/dashboards/map); links add their query strings to it.</param>
    /// <param name="pdfUrl">The PDF's path.</param>
    /// <param name="reportUrl">The customers_map report's API path; .csv and .xlsx are added to it.</param>
    public static string Render(MapView view, string pageUrl, string pdfUrl, string reportUrl)
    {
        ArgumentNullException.ThrowIfNull(view);
        MapTexts words = view.Words;
        Texts formats = view.Formats;
        MapFilter filter = view.Filter;
        string Link(string? region, string? city) => $"{pageUrl}?{filter.QueryString(view.Language, region, city)}" + (region is null ? "" : "#customers");

        StringBuilder html = new();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{view.Language.Code()}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{HtmlEncode(words.Title)} · {HtmlEncode(formats.DateRange(filter.From, filter.To))}</title>
            {DashboardStylesheet.FontPreload}
            <style>
            {DashboardStylesheet.Css}
            {MapStylesheet.Css}
            </style>
            </head>
            <body>
            <main>

            """);
        AppendLanguages(html, view, pageUrl);
        html.Append($"""
            <h1>{HtmlEncode(words.Title)}</h1>
            <dl class="facts">
            <dt>{HtmlEncode(formats.Period)}</dt><dd>{HtmlEncode(formats.DateRange(filter.From, filter.To))}</dd>
            <dt>{HtmlEncode(formats.Scope)}</dt><dd>{HtmlEncode(view.ScopeLabel)}</dd>
            <dt>{HtmlEncode(formats.WarehouseAsOf)}</dt><dd>{HtmlEncode(formats.Timestamp(view.WarehouseAsOf))}</dd>
            </dl>

            """);
        MapFilterForm.Append(html, view);
        MapDrawing drawing = MapLayout.Build(view, Link);
        html.Append($"""<figure class="chart map-figure">""").Append('\n').Append(MapSvg.Write(drawing)).Append("\n</figure>\n");
        MapTables.AppendRegions(html, view, Link);
        MapTables.AppendCustomers(html, view, Link);

        string reportQuery = string.Join('&', filter.ReportFilters().Select(f => $"{f.Parameter.Name}={Uri.EscapeDataString(f.Value)}")) + "&level=city";
        string pdfQuery = filter.QueryString(view.Language, view.Selected?.Id, filter.City, filter.Limit);
        html.Append($"""
            <nav class="downloads">
            <a href="{HtmlEncode($"{pdfUrl}?{pdfQuery}")}" download>{HtmlEncode(formats.DownloadPdf)}</a>
            <a href="{HtmlEncode($"{reportUrl}.csv?{reportQuery}")}" download>CSV</a>
            <a href="{HtmlEncode($"{reportUrl}.xlsx?{reportQuery}")}" download>XLSX</a>
            </nav>
            </main>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void AppendLanguages(StringBuilder html, MapView view, string pageUrl)
    {
        html.Append("""<nav class="languages">""");
        foreach (Language language in Enum.GetValues<Language>())
        {
            string href = $"{pageUrl}?{view.Filter.QueryString(language, view.Selected?.Id, view.Filter.City, view.Filter.Limit)}";
            string current = language == view.Language ? " aria-current=\"true\"" : "";
            html.Append($"""<a href="{HtmlEncode(href)}" lang="{language.Code()}" hreflang="{language.Code()}"{current}>{HtmlEncode(language.NativeName())}</a>""");
        }
        html.Append("</nav>\n");
    }
}
