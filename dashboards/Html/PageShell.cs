using System.Text;
using Crm.Dashboards.Localization;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Html;

/// <summary>
/// What every dashboard page has around its content: the head (no script, no external resource, an empty icon so
/// browsers ask for no favicon), the site navigation and the language switch, which links to the same page in another
/// language (the host remembers the choice in a cookie).
/// </summary>
public static class PageShell
{
    /// <param name="mainAttributes">Written into the main element's tag as they are, e.g. <c> class="wide"</c>.</param>
    public static void Begin(StringBuilder html, string title, Language language, PageAddress address, string mainAttributes = "")
    {
        var words = PageTexts.For(language);
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{language.Code()}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{HtmlEncode(title)}</title>
            <link rel="icon" href="data:,">
            {DashboardStylesheet.FontPreload}
            <style>
            {DashboardStylesheet.Css}
            {DashboardStylesheet.PagesCss}
            </style>
            </head>
            <body>
            <header class="site">
            <nav class="site-nav">
            <a href="{PageRoutes.Overview}">{HtmlEncode(words.Overview)}</a>
            <a href="{PageRoutes.Marketing}">{HtmlEncode(words.Marketing)}</a>
            <a href="{PageRoutes.Reports}">{HtmlEncode(words.Reports)}</a>
            </nav>
            <nav class="languages" aria-label="{HtmlEncode(Texts.For(language).LanguageLabel)}">

            """);
        foreach (var option in Enum.GetValues<Language>())
        {
            var current = option == language ? " aria-current=\"true\"" : "";
            html.Append($"""<a href="{HtmlEncode(address.With("lang", option.Code()).Href)}" hreflang="{option.Code()}" lang="{option.Code()}" data-lang="{option.Code()}"{current}>{HtmlEncode(option.NativeName())}</a>""").Append('\n');
        }
        html.Append($"</nav>\n</header>\n<main{mainAttributes}>\n");
    }

    public static void End(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n");

    /// <summary>The period, scope and filters as the funnel page lists them: a definition list the reader scans.</summary>
    public static void Facts(StringBuilder html, IEnumerable<KeyValuePair<string, string>> facts, Language language, DateTimeOffset? asOf)
    {
        var texts = Texts.For(language);
        html.Append("<dl class=\"facts\">\n");
        foreach (var (label, value) in facts) html.Append($"<dt>{HtmlEncode(label)}</dt><dd>{HtmlEncode(value)}</dd>\n");
        html.Append($"<dt>{HtmlEncode(texts.WarehouseAsOf)}</dt><dd>{HtmlEncode(texts.Timestamp(asOf))}</dd>\n</dl>\n");
    }
}
