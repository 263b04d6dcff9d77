using Crm.Dashboards.Typography;
using ScottPlot;

namespace Crm.Dashboards.Charts;

/// <summary>The look the report charts share: the embedded font on every label, quiet axes, one palette.</summary>
internal static class ChartStyle
{
    public static readonly Color Ink = Color.FromHex("#1F2933");

    private static readonly Color Grid = Color.FromHex("#E4E7EB");

    // Distinguishable for the common colour-vision deficiencies (Okabe-Ito order, the product's blue first).
    private static readonly Color[] Palette =
    [
        Color.FromHex("#2F5D8C"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#56B4E9"), Color.FromHex("#D55E00"), Color.FromHex("#F0E442"), Color.FromHex("#000000"),
    ];

    public static Color SeriesColor(int index) => Palette[index % Palette.Length];

    public static Plot NewPlot()
    {
        DashboardFonts.RegisterWithScottPlot();
        Plot plot = new();
        // Per label rather than plot.Font.Set, which would change ScottPlot's process-wide default too.
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = DashboardFonts.FamilyName;
            axis.TickLabelStyle.FontName = DashboardFonts.FamilyName;
            axis.TickLabelStyle.FontSize = 11;
            axis.TickLabelStyle.ForeColor = Ink;
            axis.FrameLineStyle.Color = Grid;
            axis.MinorTickStyle.Length = 0;
        }
        plot.Axes.Title.Label.FontName = DashboardFonts.FamilyName;
        plot.Legend.FontName = DashboardFonts.FamilyName;
        plot.Legend.FontSize = 11;
        plot.Grid.MajorLineColor = Grid;
        return plot;
    }

    public static void NoData(Plot plot, string text)
    {
        var label = plot.Add.Text(text, 0, 0);
        label.LabelFontName = DashboardFonts.FamilyName;
        label.LabelFontSize = 14;
        label.LabelFontColor = Ink;
        label.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
        plot.HideGrid();
        foreach (IAxis axis in plot.Axes.GetAxes()) axis.IsVisible = false;
    }

    /// <summary>Long names (customers, campaigns) would crowd the axis out of the chart: they end in an ellipsis.</summary>
    public static string Shorten(string label, int max = 28) => label.Length <= max ? label : label[..(max - 1)].TrimEnd() + "…";
}
