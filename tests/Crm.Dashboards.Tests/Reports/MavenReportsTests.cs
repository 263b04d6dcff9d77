using System.Globalization;
using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Funnel;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>
/// Reports over a real CRM's data (Maven's sales pipeline, imported and loaded like any customer's) against figures
/// reckoned straight from its CSV files.
/// </summary>
public sealed class MavenReportsTests(MavenWarehouse maven) : IClassFixture<MavenWarehouse>
{
    private static readonly DateOnly From = new(2016, 10, 1), To = new(2017, 12, 31);

    [Fact]
    public void FunnelCountsTheEngagedDealsAndTheWonOnesOfTheCsv()
    {
        var engaged = Engaged().ToList();
        var won = engaged.Where(r => r["deal_stage"] == "Won").ToList();

        var funnel = Funnel(agent: null);

        Assert.Equal(engaged.Count, Stage(funnel, "lead").Deals);
        Assert.Equal(won.Count, Stage(funnel, "won").Deals);
        Assert.Equal(won.Sum(Value), Stage(funnel, "won").Amount);
        Assert.True(won.Count > 4000, $"the data set has {won.Count} won deals engaged in the period");
    }

    [Fact]
    public void EachAgentsWonDealsMatchTheCsv()
    {
        var agents = Engaged().GroupBy(r => r["sales_agent"]).OrderByDescending(g => g.Count()).Take(3).ToList();
        foreach (var agent in agents)
        {
            var id = AgentId(agent.Key);
            var funnel = Funnel(id);
            var won = agent.Where(r => r["deal_stage"] == "Won").ToList();
            Assert.Equal(won.Count, Stage(funnel, "won").Deals);
            Assert.Equal(won.Sum(Value), Stage(funnel, "won").Amount);
        }
    }

    private IEnumerable<Dictionary<string, string>> Engaged() => maven.Source.Pipeline.Records()
        .Where(r => r["engage_date"] != "" && DateOnly.Parse(r["engage_date"], CultureInfo.InvariantCulture) is var d && d >= From && d <= To);

    private static decimal Value(Dictionary<string, string> row) =>
        row["close_value"] == "" ? 0 : decimal.Parse(row["close_value"], CultureInfo.InvariantCulture);

    private IReadOnlyList<(string Stage, long Deals, decimal Amount)> Funnel(long? agent)
    {
        var args = ReportArguments.For(FunnelReport.Definition, To, ("from", From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("to", To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("agent", agent?.ToString(CultureInfo.InvariantCulture)));
        using var conn = maven.Store.OpenRead();
        var result = ReportRunner.Run(conn, args, ReportScope.All);
        return result.Rows.Select(r => ((string)r[result.Ordinal("stage_code")]!, Convert.ToInt64(r[result.Ordinal("deals")]),
            Convert.ToDecimal(r[result.Ordinal("amount")]))).ToList();
    }

    private static (string Stage, long Deals, decimal Amount) Stage(IReadOnlyList<(string Stage, long Deals, decimal Amount)> funnel, string stage) =>
        funnel.Single(r => r.Stage == stage);

    private long AgentId(string name)
    {
        using var cmd = maven.Source.Db.CreateCommand("select id from agents where full_name = $1");
        cmd.Parameters.AddWithValue(name);
        return (long)cmd.ExecuteScalar()!;
    }
}
