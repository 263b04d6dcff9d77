using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Funnel;
using ScottPlot;

namespace Crm.Dashboards.Charts;

/// <summary>
/// A report's chart from its definition's <see cref="ReportChart"/>: grouped bars (horizontal for names, upright for
/// months), a line over a numeric axis, the funnel; a map is drawn as bars by region until the map of Armenia
/// replaces it. The same plot renders as SVG on the page and as vectors in the PDF.
/// </summary>
public static class ReportPlot
{
    /// <summary>A new plot; the caller owns and disposes it.</summary>
    public static Plot Build(ReportResult result, ReportChart chart, Language language)
    {
        var data = ChartData.From(result, chart, language);
        if (chart.Kind == ChartKind.Funnel && !data.IsEmpty) return Funnel(result, data, language);

        var plot = ChartStyle.NewPlot();
        if (data.IsEmpty || data.Series.Count == 0)
        {
            ChartStyle.NoData(plot, Texts.For(language).NoData);
            return plot;
        }
        if (data.Xs is { } xs) Line(plot, data, xs, language);
        else Bars(plot, data, language, horizontal: data.X.Kind is not (ColumnKind.Date or ColumnKind.Timestamp));
        if (data.Series.Count > 1)
        {
            plot.ShowLegend(Edge.Bottom);
            plot.Legend.Orientation = Orientation.Horizontal;
            plot.Legend.ManualItems.Clear();
            for (var s = 0; s < data.Series.Count; s++)
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = data.Series[s].Label, FillColor = ChartStyle.SeriesColor(s) });
        }
        return plot;
    }

    private static void Bars(Plot plot, ChartData data, Language language, bool horizontal)
    {
        var format = ValueFormat.For(language);
        int categories = data.Categories.Count, series = data.Series.Count;
        var width = 0.8 / series;
        var positions = new double[categories];
        for (var i = 0; i < categories; i++) positions[i] = horizontal ? categories - 1 - i : i; // the first on top
        for (var s = 0; s < series; s++)
        {
            var bars = new List<Bar>();
            for (var i = 0; i < categories; i++)
            {
                bars.Add(new Bar
                {
                    // the first series nearest the category's label: on top when horizontal
                    Position = positions[i] + (horizontal ? -1 : 1) * (s - (series - 1) / 2.0) * width,
                    Value = data.Series[s].Values[i],
                    Size = width * 0.92,
                    FillColor = ChartStyle.SeriesColor(s),
                    LineWidth = 0,
                    Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
                });
            }
            plot.Add.Bars(bars).Horizontal = horizontal;
        }

        var labels = data.Categories.Select(c => ChartStyle.Shorten(c)).ToArray();
        var categoryAxis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        var valueAxis = horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        categoryAxis.SetTicks(positions, labels);
        categoryAxis.MajorTickStyle.Length = 0;
        if (!horizontal && categories > 6)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 70;
        }
        valueAxis.TickGenerator = ValueTicks(data.Series[0].Column, format);
        if (horizontal) plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        else plot.Axes.Margins(bottom: 0, top: 0.08);
        plot.Grid.XAxisStyle.IsVisible = horizontal;
        plot.Grid.YAxisStyle.IsVisible = !horizontal;
    }

    private static void Line(Plot plot, ChartData data, double[] xs, Language language)
    {
        var format = ValueFormat.For(language);
        for (var s = 0; s < data.Series.Count; s++)
        {
            var line = plot.Add.Scatter(xs, data.Series[s].Values);
            line.Color = ChartStyle.SeriesColor(s);
            line.LineWidth = 2;
            line.MarkerSize = xs.Length > 40 ? 0 : 4;
        }
        if (data.X.Kind is ColumnKind.Date or ColumnKind.Timestamp) plot.Axes.DateTimeTicksBottom();
        else plot.Axes.Bottom.TickGenerator = ValueTicks(data.X, format);
        plot.Axes.Left.TickGenerator = ValueTicks(data.Series[0].Column, format);
        plot.Axes.Bottom.Label.Text = Labels.Column(data.X.Name, language);
        plot.Axes.Bottom.Label.FontSize = 12;
    }

    private static Plot Funnel(ReportResult result, ChartData data, Language language)
    {
        var stage = result.Columns.Any(c => c.Name == "stage_code") ? result.Ordinal("stage_code") : -1;
        var rows = data.Categories.Select((label, i) => new FunnelRow(
            SortOrder: i,
            Stage: stage >= 0 && i < result.Rows.Count ? Convert.ToString(result.Rows[i][stage]) ?? label : label,
            NameHy: label, NameEn: label, NameRu: label,
            Deals: (long)Math.Round(data.Series[0].Values[i]),
            Amount: 0, ConversionFromPrevious: null, ConversionFromStart: 0)).ToList();
        var plot = FunnelChart.Build(rows, language);
        plot.Title(false); // the page or the section already names it
        return plot;
    }

    private static ScottPlot.TickGenerators.NumericAutomatic ValueTicks(ReportColumn column, ValueFormat format) => new()
    {
        LabelFormatter = column.Kind == ColumnKind.Share ? v => format.Percent(v) : format.Compact,
    };
}
