using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Crm.Dashboards.Charts;
using Crm.Dashboards.Localization;

namespace Crm.Dashboards.Tests;

public partial class FunnelChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void FunnelChartSvgShowsArmenianStageNamesTitleAndDealCounts()
    {
        XDocument svg = XDocument.Parse(FunnelChart.ToSvg(SampleFunnel.Rows, Language.Hy, 800, 400));
        List<string> texts = Texts(svg);

        Assert.Equal("800", svg.Root!.Attribute("width")?.Value);
        Assert.Contains("Վաճառքի ձագար", texts);
        Assert.Contains("Պոտենցիալ հաճախորդ", texts);
        Assert.Contains("Շահված", texts);
        Assert.Contains("1\u00A0000", texts);
        Assert.Contains("120", texts);
        Assert.All(svg.Descendants(Svg + "text"), text => Assert.Equal("DejaVu Sans", text.Attribute("font-family")?.Value));
    }

    [Fact]
    public void FunnelChartInRussianUsesRussianNames()
    {
        List<string> texts = Texts(XDocument.Parse(FunnelChart.ToSvg(SampleFunnel.Rows, Language.Ru, 800, 400)));

        Assert.Contains("Воронка продаж", texts);
        Assert.Contains("Переговоры", texts);
        Assert.DoesNotContain("Բանակցություններ", texts);
        Assert.DoesNotContain("Negotiation", texts);
    }

    [Fact]
    public void FunnelChartPutsTheFirstStageOnTopAndNarrowsDownwards()
    {
        XDocument svg = XDocument.Parse(FunnelChart.ToSvg(SampleFunnel.Rows, Language.En, 800, 400));

        float LabelY(string name) => TranslateY(svg.Descendants(Svg + "text").Single(t => t.Value.Trim() == name));
        Assert.True(LabelY("Lead") < LabelY("Qualified"));
        Assert.True(LabelY("Negotiation") < LabelY("Won"));

        // The bars are the filled rects inside the data area; the first one is the figure background.
        var bars = svg.Descendants(Svg + "rect")
            .Where(r => r.Attribute("x") is not null && r.Parent?.Name == Svg + "g")
            .Select(r => (Y: Number(r, "y"), Width: Number(r, "width")))
            .OrderBy(bar => bar.Y)
            .ToList();
        Assert.Equal(SampleFunnel.Rows.Length, bars.Count);
        for (int i = 1; i < bars.Count; i++)
            Assert.True(bars[i].Width < bars[i - 1].Width, $"bar {i} is not narrower than bar {i - 1}");
        // Widths are proportional to the deal counts: 120 won of 1000 leads.
        Assert.InRange(bars[^1].Width / bars[0].Width, 0.115, 0.125);
    }

    [Fact]
    public void FunnelChartWithoutRowsSaysSo()
    {
        List<string> texts = Texts(XDocument.Parse(FunnelChart.ToSvg([], Language.En, 600, 300)));

        Assert.Contains("No data", texts);
    }

    private static List<string> Texts(XDocument svg) =>
        svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();

    private static float Number(XElement element, string attribute) =>
        float.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static float TranslateY(XElement text) =>
        float.Parse(TranslatePattern().Match(text.Attribute("transform")!.Value).Groups[2].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"translate\(([-\d.]+)[ ,]+([-\d.]+)\)")]
    private static partial Regex TranslatePattern();
}
