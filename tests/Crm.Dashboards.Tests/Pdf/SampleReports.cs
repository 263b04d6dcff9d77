using Crm.Dashboards.Composition;
using Crm.Dashboards.Html;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Deals;
using Crm.Dashboards.Reports.Sales;

namespace Crm.Dashboards.Tests.Pdf;

/// <summary>Report pages with made-up rows, for PDF tests that need no warehouse.</summary>
internal static class SampleReports
{
    private static readonly DateOnly Today = new(2026, 10, 31);

    /// <summary>The deals list with <paramref name="rows"/> deals: long enough to run over several pages.</summary>
    public static ReportView Deals(int rows, Language language)
    {
        var args = ReportArguments.For(DealsReport.Definition, Today, ("from", "2025-01-01"), ("to", "2025-12-31"));
        var data = Enumerable.Range(1, rows).Select(i => new object?[]
        {
            (long)i, new DateOnly(2025, 1, 1).AddDays(i % 365), new DateOnly(2026, 1, 1), null, "open", "negotiation",
            "Բանակցություններ", "Negotiation", "Переговоры", 1_000_000m - i, (long)(100 + i), $"Customer-{i}",
            9L, "Դիանա Թադևոսյան", -1L, "Unknown", 2L, "Gyumri", "shirak", "Shirak",
        }).ToList();
        return View(DealsReport.Definition, args, data, language);
    }

    /// <summary>The sales report by category with a chart: revenue against the previous period.</summary>
    public static ReportView Sales(Language language)
    {
        var args = ReportArguments.For(SalesReport.Definition, Today, ("from", "2025-01-01"), ("to", "2025-12-31"));
        string[] categories = ["Computers", "Software", "Networking", "Phones"];
        var data = categories.Select((c, i) => new object?[]
        {
            c.ToLowerInvariant(), c, 10.0 * (i + 1), 4_000_000m * (4 - i), 1000m, 0.01, 900_000m, 0.2, 3_500_000m, 0.1,
        }).ToList();
        return View(SalesReport.Definition, args, data, language);
    }

    private static ReportView View(ReportDefinition report, ReportArguments args, List<object?[]> rows, Language language)
    {
        var result = new ReportResult(report, report.Columns, rows);
        var options = new Dictionary<ParameterKind, IReadOnlyList<FilterOption>>();
        var scope = Texts.For(language).WholeCompany;
        return new ReportView(report, language, new PageAddress(PageRoutes.Report(report.Name), []), args, result, [], options,
            FilterSummary.Facts(args, scope, language, options), new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero));
    }
}
