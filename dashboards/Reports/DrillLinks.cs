using System.Globalization;

namespace Crm.Dashboards.Reports;

/// <summary>
/// The query a drill-down cell opens its list report with: the row's keys, then every filter the two reports share
/// (same name and kind) as the reader set it, so the list holds exactly what the cell counted.
/// </summary>
public static class DrillLinks
{
    /// <returns>The target's query, or null when the row's key is an unknown member (-1), which no filter can ask for.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>>? Query(ReportDrill drill, ReportArguments args, ReportResult result, object?[] row)
    {
        var target = ReportCatalog.Find(drill.Target) ?? throw new InvalidOperationException($"{args.Report.Name} drills to an unknown report {drill.Target}");
        var query = new List<KeyValuePair<string, string>>();
        foreach (var key in drill.Keys)
        {
            if (row[result.Ordinal(key.Column)] is not { } value) continue;
            var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            if (text is "-1" or "") return null;
            query.Add(new(key.Parameter, text));
        }
        if (query.Count == 0) return null;
        foreach (var parameter in target.Parameters)
        {
            if (parameter == ReportParameter.Limit || query.Any(q => q.Key == parameter.Name)) continue;
            if (args.Report.Parameter(parameter.Name) is not { } mine || mine.Kind != parameter.Kind) continue;
            if (args.TextOf(mine) is not { } text) continue;
            if (parameter.Kind == ParameterKind.Choice && !parameter.Choices.Contains(text)) continue;
            query.Add(new(parameter.Name, text));
        }
        return query;
    }
}
