using Crm.Dashboards.Reports;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>What every report of the catalogue owes: it runs for every scope, returns the columns it declares,
/// scopes inside its query and has its name in the three languages.</summary>
public sealed class ReportCatalogTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);

    public static TheoryData<string> Names => [.. ReportCatalog.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryReportRunsForEveryScopeAndReturnsTheColumnsItDeclares(string name)
    {
        var report = ReportCatalog.Find(name)!;
        using var conn = demo.Store.OpenRead();
        foreach (var scope in new[] { ReportScope.All, ReportScope.Department(1), ReportScope.Agent(1), ReportScope.Marketing })
        {
            if (!report.Allows(scope.Role)) continue;
            var result = ReportRunner.Run(conn, ReportArguments.For(report, Today), scope);
            Assert.Equal(report.Columns.Select(c => c.Name), result.Columns.Select(c => c.Name));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryReportIsScopedInsideItsQuery(string name)
    {
        var sql = ReportRunner.SqlOf(ReportCatalog.Find(name)!);
        Assert.Contains("$scope_agent_id", sql);
        Assert.Contains("$scope_department_id", sql);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryReportBindsOnlyItsOwnParameters(string name)
    {
        var report = ReportCatalog.Find(name)!;
        var query = ReportRunner.Query(ReportArguments.For(report, Today), ReportScope.All);
        Assert.All(report.Parameters, p => Assert.Contains(p.SqlName, query.Parameters.Select(b => b.Key)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryReportIsNamedInArmenianEnglishAndRussian(string name)
    {
        var title = ReportCatalog.Find(name)!.Title;
        Assert.Matches("[\u0531-\u058F]", title.Hy);
        Assert.Matches("[A-Za-z]", title.En);
        Assert.Matches("[\u0400-\u04FF]", title.Ru);
    }

    [Fact]
    public void AnUnknownFilterValueIsNamedInTheError()
    {
        var report = ReportCatalog.Find("funnel")!;
        var args = ReportArguments.Parse(report, new Dictionary<string, string?> { ["department"] = "999999", ["agent"] = "x1", ["bogus"] = "1" },
            Today, out var errors);
        Assert.Contains(errors, e => e.Contains("'agent'"));
        Assert.Contains(errors, e => e.Contains("'bogus'"));
        using var conn = demo.Store.OpenRead();
        Assert.Contains(ReportMembers.Unknown(conn, args), e => e.Contains("999999"));
    }
}
