using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports.Funnel;
using Crm.Dashboards.Typography;
using ScottPlot;

namespace Crm.Dashboards.Charts;

/// <summary>The sales funnel as centred horizontal bars: the first stage on top and widest, each bar as wide as its deal count.</summary>
public static class FunnelChart
{
    // Blues lightening down the funnel and the won stage in green: the eye reads that bar as the outcome.
    private static readonly Color[] OpenStageColors =
        [Color.FromHex("#2F5D8C"), Color.FromHex("#3E74A8"), Color.FromHex("#5A8FC2"), Color.FromHex("#7EAAD6")];

    private static readonly Color WonColor = Color.FromHex("#3C9A5F");

    private const string WonStage = "won";

    private static readonly Color InkColor = Color.FromHex("#1F2933");

    // Below this share of the widest bar a count no longer fits inside its bar and is written beside it.
    private const double InsideLabelMinShare = 0.25;

    // Room on both sides of the widest bar, so labels beside the narrow bars stay inside the plot.
    private const double HorizontalPadding = 1.3;

    /// <summary>A new plot; the caller owns and disposes it.</summary>
    public static Plot Build(IReadOnlyList<FunnelRow> rows, Language lang)
    {
        DashboardFonts.RegisterWithScottPlot();
        Texts texts = Texts.For(lang);
        Plot plot = new();
        StyleFrame(plot, texts);

        List<FunnelRow> stages = rows.OrderBy(row => row.SortOrder).ToList();
        if (stages.Count == 0)
        {
            AddLabel(plot, texts.NoData, 0, 0, Alignment.MiddleCenter, InkColor, bold: false);
            plot.Axes.Left.IsVisible = false; // its ticks would be made-up numbers
            plot.Axes.SetLimits(-1, 1, -1, 1);
            return plot;
        }

        double widest = Math.Max(1, stages.Max(row => row.Deals));
        int openStages = stages.Count(stage => !IsWon(stage));
        List<Bar> bars = [];
        double[] positions = new double[stages.Count];
        string[] names = new string[stages.Count];
        for (int i = 0; i < stages.Count; i++)
        {
            FunnelRow stage = stages[i];
            double position = stages.Count - 1 - i; // ScottPlot's y grows upwards; the funnel starts at the top
            double half = stage.Deals / 2.0;
            bars.Add(new Bar
            {
                Position = position,
                ValueBase = -half,
                Value = half,
                Size = 0.72,
                FillColor = IsWon(stage) ? WonColor : OpenStageColor(i, openStages),
                LineWidth = 0,
                Orientation = Orientation.Horizontal,
            });
            positions[i] = position;
            names[i] = texts.StageName(stage);

            bool inside = stage.Deals >= widest * InsideLabelMinShare;
            AddLabel(plot, texts.Count(stage.Deals), inside ? 0 : half, position,
                inside ? Alignment.MiddleCenter : Alignment.MiddleLeft,
                inside ? Colors.White : InkColor, bold: true, offsetX: inside ? 0 : 6);
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.MoveToBack(barPlot);

        plot.Axes.Left.SetTicks(positions, names);
        double reach = widest / 2 * HorizontalPadding;
        plot.Axes.SetLimits(-reach, reach, -0.6, stages.Count - 0.4);
        return plot;
    }

    /// <summary>The chart as a standalone SVG document; its text stays text, so it is searchable and sharp.</summary>
    public static string ToSvg(IReadOnlyList<FunnelRow> rows, Language lang, int width, int height)
    {
        using Plot plot = Build(rows, lang);
        return plot.GetSvgXml(width, height);
    }

    private static void StyleFrame(Plot plot, Texts texts)
    {
        plot.Title(texts.FunnelTitle);
        plot.Axes.Title.Label.FontName = DashboardFonts.FamilyName;
        plot.Axes.Title.Label.FontSize = 16;
        plot.Axes.Title.Label.ForeColor = InkColor;

        // Set per label rather than with plot.Font.Set, which also changes ScottPlot's process-wide default font.
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = DashboardFonts.FamilyName;
            axis.TickLabelStyle.FontName = DashboardFonts.FamilyName;
            axis.FrameLineStyle.Width = 0;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
        }
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.ForeColor = InkColor;

        // The x values are deal counts split around zero: meaningless as numbers, so no x axis and no grid.
        plot.Axes.Bottom.IsVisible = false;
        plot.HideGrid();
    }

    private static bool IsWon(FunnelRow stage) => string.Equals(stage.Stage, WonStage, StringComparison.OrdinalIgnoreCase);

    // Spread the blues over however many open stages there are, so the first is the darkest and the last the lightest.
    private static Color OpenStageColor(int index, int openStages)
    {
        int shade = openStages <= 1 ? 0 : index * (OpenStageColors.Length - 1) / (openStages - 1);
        return OpenStageColors[Math.Clamp(shade, 0, OpenStageColors.Length - 1)];
    }

    private static void AddLabel(Plot plot, string text, double x, double y, Alignment alignment, Color color, bool bold, float offsetX = 0)
    {
        var label = plot.Add.Text(text, x, y);
        label.Alignment = alignment;
        label.LabelFontName = DashboardFonts.FamilyName;
        label.LabelFontSize = 12;
        label.LabelBold = bold;
        label.LabelFontColor = color;
        label.OffsetX = offsetX;
    }
}
