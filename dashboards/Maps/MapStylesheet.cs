namespace Crm.Dashboards.Maps;

/// <summary>The map page's rules on top of <see cref="Html.DashboardStylesheet"/>.</summary>
public static class MapStylesheet
{
    public const string Css = """
        nav.languages { display: flex; gap: 12px; justify-content: flex-end; font-size: 13px; }
        nav.languages a { color: var(--accent); text-decoration: none; }
        nav.languages a[aria-current] { font-weight: bold; text-decoration: underline; }
        figure.map-figure { margin: 16px 0; }
        svg.map { display: block; width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 4px; }
        svg.map a.region path:hover { stroke: var(--ink); stroke-width: 2; }
        svg.map a.town circle:hover { fill-opacity: 1; }
        svg.map a.region[aria-current] path { stroke: var(--ink); stroke-width: 2.5; }
        table.report a.drill { color: var(--accent); font-weight: bold; }
        table.report tr[aria-current] { outline: 2px solid var(--accent); }
        .hint { color: var(--muted); }
        a.gmaps { color: var(--accent); white-space: nowrap; }
        """;
}
