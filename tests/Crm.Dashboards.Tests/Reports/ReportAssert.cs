using System.Globalization;
using Crm.Dashboards.Reports;
using Crm.Testing;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>Holds a warehouse report against its PostgreSQL oracle, row by row and figure by figure.</summary>
public static class ReportAssert
{
    /// <summary>
    /// Runs the report (the warehouse) and its oracle (PostgreSQL) for the same arguments and scope and asserts
    /// the same rows: matched on <paramref name="keys"/>, equal on <paramref name="figures"/> within
    /// <paramref name="tolerance"/>, relative (shares and medians computed two ways may differ in the last digits);
    /// counts and money must be equal to the last dram (a relative tolerance would hide a missing row). Returns
    /// the report's result for further assertions.
    /// </summary>
    public static async Task<ReportResult> MatchesOracleAsync(DemoWarehouse demo, ReportArguments args, ReportScope scope,
        string[] keys, string[] figures, double tolerance = 0.0001)
    {
        ReportResult result;
        using (var conn = demo.Store.OpenRead()) result = ReportRunner.Run(conn, args, scope);
        var parameters = new Dictionary<string, object?>(args.Values)
        {
            ["scope_agent_id"] = scope.AgentId,
            ["scope_department_id"] = scope.DepartmentId,
        };
        List<Dictionary<string, object?>> expected;
        await using (var pg = await demo.OpenSourceAsync()) expected = await ReportOracle.RunAsync(pg, args.Report.Name, parameters);

        string Key(Func<string, object?> value) => string.Join("|", keys.Select(k => Text(value(k))));
        var actual = result.Rows.ToDictionary(r => Key(k => r[result.Ordinal(k)]));
        Assert.Equal(expected.Select(e => Key(k => e[k])).Order(), actual.Keys.Order());
        foreach (var row in expected)
        {
            var mine = actual[Key(k => row[k])];
            foreach (var figure in figures)
            {
                var want = row[figure];
                var got = mine[result.Ordinal(figure)];
                if (want is null || got is null)
                {
                    Assert.True(want is null && got is null, $"{args.Report.Name} {Key(k => row[k])} {figure}: expected {Text(want)}, got {Text(got)}");
                    continue;
                }
                var kind = result.Columns[result.Ordinal(figure)].Kind;
                if (kind is ColumnKind.Integer or ColumnKind.Money)
                {
                    Assert.True(Convert.ToDecimal(want, CultureInfo.InvariantCulture) == Convert.ToDecimal(got, CultureInfo.InvariantCulture),
                        $"{args.Report.Name} {Key(k => row[k])} {figure}: expected {Text(want)}, got {Text(got)}");
                    continue;
                }
                var w = Convert.ToDouble(want, CultureInfo.InvariantCulture);
                var g = Convert.ToDouble(got, CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(w - g) <= tolerance * Math.Max(1, Math.Abs(w)),
                    $"{args.Report.Name} {Key(k => row[k])} {figure}: expected {w}, got {g}");
            }
        }
        return result;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
