using System.Globalization;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;

namespace Crm.Dashboards.Charts;

/// <summary>
/// What a report's chart draws, read from its result: categories from the chart's X column (rows with the same
/// category add up, so calls in and out make one bar per agent) and a series per Y column. A line over a numeric or
/// date X keeps its points as they are (<see cref="Xs"/>).
/// </summary>
public sealed record ChartData(ReportColumn X, IReadOnlyList<string> Categories, double[]? Xs, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>Beyond this many categories a chart is unreadable; the first ones in the report's order are drawn.</summary>
    public const int MaxCategories = 20;

    public bool IsEmpty => Categories.Count == 0 && (Xs is null || Xs.Length == 0);

    public static ChartData From(ReportResult result, ReportChart chart, Language language)
    {
        var format = ValueFormat.For(language);
        var x = result.Ordinal(InLanguage(result, chart.X, language));
        var xColumn = result.Columns[x];
        var ys = chart.Y.Select(result.Ordinal).ToArray();

        if (chart.Kind == ChartKind.Line && xColumn.Kind != ColumnKind.Text)
        {
            var points = result.Rows.Where(r => r[x] is not null).ToList();
            return new ChartData(xColumn, [], points.Select(r => AsNumber(r[x])).ToArray(),
                ys.Select(y => SeriesOf(result, y, language, points.Select(r => AsNumber(r[y]))))
                    .ToList());
        }

        var order = new List<string>();
        var sums = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var category = row[x] is null ? Texts.NotApplicable : format.Cell(xColumn, row[x]);
            if (!sums.TryGetValue(category, out var values))
            {
                if (order.Count == MaxCategories) continue;
                order.Add(category);
                sums[category] = values = new double[ys.Length];
            }
            for (var i = 0; i < ys.Length; i++) values[i] += AsNumber(row[ys[i]]);
        }
        return new ChartData(xColumn, order, null,
            ys.Select((y, i) => SeriesOf(result, y, language, order.Select(c => sums[c][i]))).ToList());
    }

    /// <summary>A column named for one language (name_en) read in the page's language (name_ru) when the report has it.</summary>
    public static string InLanguage(ReportResult result, string column, Language language)
    {
        foreach (var suffix in new[] { "_hy", "_en", "_ru" })
        {
            if (!column.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var wanted = column[..^suffix.Length] + "_" + language.Code();
            if (result.Columns.Any(c => c.Name == wanted)) return wanted;
        }
        return column;
    }

    private static ChartSeries SeriesOf(ReportResult result, int y, Language language, IEnumerable<double> values) =>
        new(result.Columns[y], Labels.Column(result.Columns[y].Name, language), values.ToArray());

    private static double AsNumber(object? value) => value switch
    {
        null => 0,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue).ToOADate(),
        DateTime t => t.ToOADate(),
        bool b => b ? 1 : 0,
        string => 0,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };
}
