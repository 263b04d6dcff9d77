using Crm.Dashboards.Reports;
using Microsoft.Playwright;

namespace Crm.Browser.Tests;

/// <summary>
/// The dashboard pages the browser tests visit, one line each: add a page here and it is loaded, screenshotted and
/// switched to Russian; add a filter change and its chart and table are checked to follow it.
/// </summary>
public static class DashboardPages
{
    private const string Period = "from=2025-01-01&to=2025-12-31";

    /// <summary>(screenshot name, URL): every page must load with no console error and no failed request.</summary>
    public static TheoryData<string, string> All
    {
        get
        {
            var pages = new TheoryData<string, string>
            {
                { "overview", $"/dashboards?{Period}" },
                { "marketing", $"/dashboards/marketing?{Period}" },
                { "agent", $"/dashboards/agents/{Agent}?{Period}" },
                { "funnel", $"/dashboards/funnel?{Period}" },
                { "map", $"/dashboards/map?{Period}" },
                { "map-lori", $"/dashboards/map?{Period}&region=lori" },
            };
            // every report's own page, with its default filters
            foreach (var report in ReportCatalog.All) pages.Add("report-" + report.Name, $"/dashboards/reports/{report.Name}?x=");
            return pages;
        }
    }

    /// <summary>Whether the page draws a chart: all do but the pages of reports defined without one (plain lists).</summary>
    public static bool HasChart(string name) =>
        !name.StartsWith("report-") || ReportCatalog.Find(name["report-".Length..])?.Chart is not null;

    /// <summary>An agent of the demo data who owns customers (seed 7).</summary>
    public const long Agent = 9;

    /// <summary>A page and how to change one of its filters: the chart and the table must both change after submitting it.</summary>
    public static readonly IReadOnlyDictionary<string, (string Url, string Parameter, Func<ILocator, Task> Change)> FilterChanges =
        new Dictionary<string, (string, string, Func<ILocator, Task>)>
        {
            ["funnel"] = ($"/dashboards/funnel?{Period}", "from=2025-10-01", form => form.Locator("input[name=from]").FillAsync("2025-10-01")),
            ["map"] = ($"/dashboards/map?{Period}", "segment=vip", form => form.Locator("select[name=segment]").SelectOptionAsync("vip")),
            ["report-sales"] = ($"/dashboards/reports/sales?{Period}", "from=2025-10-01", form => form.Locator("input[name=from]").FillAsync("2025-10-01")),
            ["overview"] = ($"/dashboards?{Period}", "from=2025-10-01", form => form.Locator("input[name=from]").FillAsync("2025-10-01")),
        };

    public static TheoryData<string> FilterChangeNames => [.. FilterChanges.Keys];
}
