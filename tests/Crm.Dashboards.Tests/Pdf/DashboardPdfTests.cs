using System.Text.RegularExpressions;
using Crm.Dashboards.Composition;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Pdf;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Pdf;

/// <summary>Any report as a multi-page A4 PDF, read back by Poppler's tools.</summary>
public sealed class DashboardPdfTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crm-pdf-").FullName;

    [Fact]
    public void ALongReportContinuesOverPagesWithItsHeaderRowRepeated()
    {
        var path = Write(ReportDashboard.From(SampleReports.Deals(180, Language.Hy)), "deals");

        var pages = Pages(path);
        Assert.True(pages >= 3, $"180 deals should take several pages, got {pages}");
        Assert.Contains("Գործարքներ", Poppler.Text(path, "-f", "1", "-l", "1"));
        for (var page = 1; page <= pages; page++)
        {
            var text = Poppler.Text(path, "-f", page.ToString(), "-l", page.ToString());
            Assert.Contains("Կարգավիճակ", text); // the table's header row (status), on every page
            Assert.Matches($@"(?m)^\s*{page}\s*/\s*{pages}\s*$", text);
        }
        // every deal is printed once, and the last one made it
        var all = Poppler.Text(path);
        Assert.Contains("Customer-180", all);
        Assert.Single(Regex.Matches(all, @"Customer-17\b"));
    }

    [Fact]
    public void TheHeaderSaysWhatTheFiguresCoverInTheReadersLanguage()
    {
        var path = Write(ReportDashboard.From(SampleReports.Deals(5, Language.Ru)), "header");
        var text = Poppler.Text(path);

        Assert.Contains("Сделки", text);
        Assert.Contains("Период: 01.01.2025 – 31.12.2025", text);
        Assert.Contains("Охват: Вся компания", text);
        Assert.Contains("2026-11-25 11:00", text); // the as-of time in Yerevan
        Assert.Contains("999 999 ֏", text); // the biggest deal, in whole drams
    }

    [Fact]
    public void AWideTableTurnsThePageSideways()
    {
        var info = Poppler.Run("pdfinfo", Write(ReportDashboard.From(SampleReports.Deals(5, Language.En)), "wide"));
        Assert.Contains("842 x 595 pts", info);
    }

    [Fact]
    public void TheChartIsDrawnAsVectorsWithItsLabelsAsText()
    {
        var path = Write(ReportDashboard.From(SampleReports.Sales(Language.Hy)), "sales");

        // pdfimages lists every raster image; only its two header lines may be there
        Assert.Equal(2, Poppler.Run("pdfimages", "-list", path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var text = Poppler.Text(path);
        Assert.Contains("Իրացումների վերլուծություն", text);
        // each category is named on the chart's axis and again in the table
        Assert.Equal(2, Regex.Matches(text, "Networking").Count);
        Assert.Contains("Եկամուտ նախորդ ժամանակահատվածում", text); // the legend's and the table's words
    }

    private string Write(DashboardView view, string name)
    {
        var path = Path.Combine(_folder, name + ".pdf");
        File.WriteAllBytes(path, DashboardPdf.Render(view));
        return path;
    }

    private static int Pages(string path) =>
        int.Parse(Regex.Match(Poppler.Run("pdfinfo", path), @"(?m)^Pages:\s+(\d+)").Groups[1].Value);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
