namespace Crm.Dashboards.Html;

/// <summary>
/// The dashboards' CSS. Kept as one string, not scattered style attributes, so that when a strict CSP arrives it can be
/// served as a file (or allowed by its hash) without touching the pages.
/// </summary>
public static class DashboardStylesheet
{
    /// <summary>
    /// For the page's head. Chromium draws the first dram sign of a page as a missing-glyph box when the Armenian
    /// fallback font only starts loading on reaching it (seen in its screenshots, however long it waited); fetching
    /// the font before layout avoids it.
    /// </summary>
    public const string FontPreload =
        """<link rel="preload" href="/assets/fonts/NotoSansArmenian-Regular.ttf" as="font" type="font/ttf" crossorigin>""";

    public const string Css = """
        :root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --rule: #d9e2ec; --accent: #2f5d8c; --stripe: #f5f7fa; }
        * { box-sizing: border-box; }
        @font-face { font-family: "CRM Armenian"; font-weight: normal; unicode-range: U+0530-058F, U+FB13-FB17;
                     src: local("Noto Sans Armenian"), url("/assets/fonts/NotoSansArmenian-Regular.ttf") format("truetype"); }
        @font-face { font-family: "CRM Armenian"; font-weight: bold; unicode-range: U+0530-058F, U+FB13-FB17;
                     src: local("Noto Sans Armenian Bold"), url("/assets/fonts/NotoSansArmenian-Bold.ttf") format("truetype"); }
        body { margin: 0; background: #eef2f6; color: var(--ink);
               font: 15px/1.45 "DejaVu Sans", "CRM Armenian", "Segoe UI", Arial, sans-serif; }
        main { max-width: 960px; margin: 24px auto; padding: 24px 28px; background: #fff;
               border-radius: 8px; box-shadow: 0 1px 3px rgba(31, 41, 51, .12); }
        h1 { margin: 0 0 8px; font-size: 26px; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 16px; color: var(--muted); }
        .facts dt { font-weight: bold; }
        .facts dd { margin: 0; }
        .filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; padding: 12px 0;
                   border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); }
        .filters label { display: flex; flex-direction: column; font-size: 13px; color: var(--muted); gap: 4px; }
        .filters input, .filters select, .filters button { font: inherit; padding: 6px 8px; border: 1px solid #bcccdc; border-radius: 4px; }
        .filters button { background: var(--accent); border-color: var(--accent); color: #fff; cursor: pointer; padding: 6px 16px; }
        .chart { margin: 16px 0; }
        .chart svg { display: block; width: 100%; height: auto; }
        table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; }
        th, td { padding: 8px 10px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: middle; }
        thead th { background: #e6ecf2; font-size: 13px; }
        tbody tr:nth-child(even) { background: var(--stripe); }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .empty { color: var(--muted); text-align: center; }
        .downloads { display: flex; gap: 16px; }
        .downloads a { color: var(--accent); font-weight: bold; }
        """;

    /// <summary>What the report and dashboard pages add: wider pages for wide tables, navigation, headline figures.</summary>
    public const string PagesCss = """
        main.wide { max-width: 1280px; }
        header.site { display: flex; justify-content: space-between; flex-wrap: wrap; gap: 8px; max-width: 1280px;
                      margin: 0 auto; padding: 12px 28px 0; }
        header.site nav { display: flex; gap: 16px; }
        header.site a { color: var(--accent); text-decoration: none; font-weight: bold; }
        header.site a[aria-current] { color: var(--ink); text-decoration: underline; }
        .filters fieldset { border: 0; padding: 0; margin: 0; display: contents; }
        .problem { border: 1px solid #d64545; background: #fde8e8; border-radius: 6px; padding: 8px 16px; margin: 12px 0; }
        .problem h2 { font-size: 16px; margin: 4px 0; }
        .table-wrap { overflow-x: auto; }
        table.report th a.sort { color: inherit; text-decoration: none; }
        table.report th[aria-sort] a.sort { text-decoration: underline; }
        table.report td, table.report th { padding: 6px 8px; font-size: 13px; }
        table.report td { white-space: nowrap; }
        a.drill { color: var(--accent); }
        nav.chart-drills { font-size: 13px; margin: -8px 0 12px; }
        .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 16px 0; }
        .kpi { border: 1px solid var(--rule); border-radius: 6px; padding: 12px; }
        .kpi .label { color: var(--muted); font-size: 13px; }
        .kpi .value { font-size: 22px; font-weight: bold; }
        .kpi .note { color: var(--muted); font-size: 12px; }
        section.panel { margin: 24px 0; }
        section.panel h2 { font-size: 19px; margin: 0 0 8px; }
        .message { color: var(--muted); font-style: italic; }
        ul.report-list li { margin: 6px 0; }
        """;
}
