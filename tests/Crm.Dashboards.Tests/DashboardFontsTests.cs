using Crm.Dashboards.Charts;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Typography;

namespace Crm.Dashboards.Tests;

public class DashboardFontsTests
{
    [Fact]
    public void EmbeddedFontsCoverArmenianCyrillicAndTheDramSign()
    {
        Assert.Equal("DejaVu Sans", DashboardFonts.Regular.FamilyName);
        Assert.True(DashboardFonts.Regular.ContainsGlyphs("Վաճառքի ձագար"));
        Assert.True(DashboardFonts.Bold.ContainsGlyphs("Воронка продаж"));
        // DejaVu has no dram sign: that is what the Noto fallback is for.
        Assert.False(DashboardFonts.Regular.ContainsGlyph('֏'));
        Assert.True(DashboardFonts.Fallback(bold: false).ContainsGlyph('֏'));
        Assert.True(DashboardFonts.Fallback(bold: true).ContainsGlyph('֏'));
    }

    [Fact]
    public void ChartsDrawWithTheEmbeddedFontWhateverTheMachineHas()
    {
        using var plot = FunnelChart.Build(SampleFunnel.Rows, Language.Hy);

        Assert.Same(DashboardFonts.Regular, ScottPlot.Fonts.GetTypeface(DashboardFonts.FamilyName, bold: false, italic: false));
        Assert.Same(DashboardFonts.Bold, ScottPlot.Fonts.GetTypeface(DashboardFonts.FamilyName, bold: true, italic: false));
        Assert.Equal(DashboardFonts.FamilyName, plot.Axes.Left.TickLabelStyle.FontName);
    }
}
