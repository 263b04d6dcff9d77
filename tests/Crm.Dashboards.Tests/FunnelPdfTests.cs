using System.Text;
using Crm.Testing;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Pdf;
using SkiaSharp;

namespace Crm.Dashboards.Tests;

public class FunnelPdfTests
{
    [Fact]
    public void FunnelPdfIsAValidPdfWhoseTextHasTheArmenianTitle()
    {
        using TempPdf pdf = new(SampleFunnel.View(Language.Hy));

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf.Bytes, 0, 5));
        Assert.EndsWith("%%EOF", Encoding.ASCII.GetString(pdf.Bytes[^16..]).TrimEnd());

        string text = Poppler.Text(pdf.Path);
        Assert.Contains("Վաճառքի ձագար", text);
        Assert.Contains("Բանակցություններ", text);
        Assert.Contains("Բոլոր ստորաբաժանումները", text);
        Assert.Contains(Poppler.Normalize(Texts.Hy.Money(812_345_678.40m)), text); // "812 345 678 ֏", dram sign included
        Assert.Contains("2026-01-01 – 2026-03-31", text);
        Assert.Contains("2026-11-25 11:00", text);
        Assert.Matches(PageFooter(1, 1), text);

        string info = Poppler.Run("pdfinfo", pdf.Path);
        Assert.Matches(@"(?m)^Pages:\s+1$", info);
        Assert.Contains("595 x 842 pts (A4)", info);
        Assert.Contains("Վաճառքի ձագար", info); // the document title in the metadata
    }

    [Fact]
    public void FunnelPdfChartIsDrawnAsVectors()
    {
        using TempPdf pdf = new(SampleFunnel.View(Language.Hy));

        // pdfimages lists every raster image XObject; only its two header lines may be there.
        string[] images = Poppler.Run("pdfimages", "-list", pdf.Path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, images.Length);

        // The chart's stage labels are real text: each stage name is found twice, once in the chart and once in the table.
        string text = Poppler.Text(pdf.Path);
        Assert.Equal(2, Occurrences(text, "Բանակցություններ"));
        Assert.Equal(2, Occurrences(text, "Պոտենցիալ հաճախորդ"));
    }

    [Fact]
    public void FunnelPdfEmbedsEachFontOnce()
    {
        using TempPdf pdf = new(SampleFunnel.View(Language.Hy));

        // Skia here cannot subset fonts, so each embedded copy of DejaVu costs ~370 KB: the chart and the text
        // must share one typeface per font.
        string[] fonts = Poppler.Run("pdffonts", pdf.Path).Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];
        Assert.Single(fonts, line => line.Contains("+DejaVuSans "));
        Assert.Single(fonts, line => line.Contains("+DejaVuSans-Bold "));
        Assert.Single(fonts, line => line.Contains("+NotoSansArmenian-Regular "));
        Assert.Equal(3, fonts.Length);
        Assert.True(pdf.Bytes.Length < 1_000_000, $"the one-page PDF is {pdf.Bytes.Length:N0} bytes");
    }

    [Fact]
    public void FunnelPdfHeaderIsNotWipedByTheChart()
    {
        using TempPdf pdf = new(SampleFunnel.View(Language.Hy));

        // ScottPlot clears the canvas before rendering (issue #5261); if it did here, the header drawn first would
        // still be in the text layer but painted over. Only the rendered page shows it.
        string prefix = Path.ChangeExtension(pdf.Path, null);
        Poppler.Run("pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", pdf.Path, prefix);
        using SKBitmap page = SKBitmap.Decode(prefix + ".png");

        Assert.Equal(595, page.Width);
        Assert.True(DarkPixels(page, new SKRectI(40, 40, 300, 62)) > 100, "the title band is blank");
        Assert.True(DarkPixels(page, new SKRectI(40, 62, 300, 110)) > 100, "the period, scope and as-of lines are blank");
        Assert.True(CountPixels(page, new SKRectI(40, 110, 555, 400), IsChartBlue) > 1000, "the chart's bars are missing");
    }

    [Fact]
    public void FunnelPdfTableRepeatsItsHeaderOnEveryPage()
    {
        using TempPdf pdf = new(SampleFunnel.View(Language.En, SampleFunnel.ManyStages(60)));

        string info = Poppler.Run("pdfinfo", pdf.Path);
        int pages = int.Parse(info.Split('\n').Single(line => line.StartsWith("Pages:")).Split(':')[1].Trim());
        Assert.True(pages >= 2, $"60 stages should not fit on one page, got {pages}");

        for (int page = 1; page <= pages; page++)
        {
            string text = Poppler.Text(pdf.Path, "-f", page.ToString(), "-l", page.ToString());
            Assert.Contains("Amount", text);
            Assert.Contains("from start", text);
            Assert.Matches(PageFooter(page, pages), text);
        }

        string all = Poppler.Text(pdf.Path);
        Assert.Contains("Stage 1\n", all);
        Assert.Contains("Stage 60\n", all); // the last row made it into the document
    }

    [Fact]
    public void FunnelPdfInRussianHasRussianTextAndCommaPercentages()
    {
        using TempPdf pdf = new(SampleFunnel.View(Language.Ru));

        string text = Poppler.Text(pdf.Path);
        Assert.Contains("Воронка продаж", text);
        Assert.Contains("Переговоры", text);
        Assert.Contains("Все подразделения", text);
        Assert.Contains("61,3%", text);
        Assert.Contains("171 234 567 ֏", text);
        Assert.DoesNotContain("Բանակցություններ", text);
    }

    [Fact]
    public void FunnelPdfInEnglishHasEnglishText()
    {
        using TempPdf pdf = new(SampleFunnel.View(Language.En));

        string text = Poppler.Text(pdf.Path);
        Assert.Contains("Sales funnel", text);
        Assert.Contains("Negotiation", text);
        Assert.Contains("Warehouse as of: 2026-11-25 11:00", text);
        Assert.Contains("61.3%", text);
        Assert.Contains("1 250 000 000 ֏", text);
    }

    [Fact]
    public void FunnelPdfWithoutRowsSaysThereIsNoData()
    {
        using TempPdf pdf = new(SampleFunnel.View(Language.En, rows: []));

        string text = Poppler.Text(pdf.Path);
        Assert.Contains("Sales funnel", text);
        Assert.Contains("No data", text);
        Assert.Matches(PageFooter(1, 1), text);
    }

    [Fact]
    public async Task FunnelPdfWriteAsyncNeverWritesSynchronously()
    {
        // ASP.NET Core's response body throws on synchronous writes; Skia only writes synchronously.
        using AsyncOnlyStream output = new();

        await FunnelPdf.WriteAsync(output, SampleFunnel.View(Language.Hy));

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(output.ToArray(), 0, 5));
    }

    // pdftotext guesses spaces from glyph gaps and may read the small footer's "1 / 1" as "1/ 1".
    private static string PageFooter(int page, int pages) => $@"(?m)^{page}\s*/\s*{pages}$";

    private static int Occurrences(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static int DarkPixels(SKBitmap bitmap, SKRectI area) =>
        CountPixels(bitmap, area, color => color.Red + color.Green + color.Blue < 3 * 128);

    // The funnel's first bars are blue (#2F5D8C, #3E74A8): clearly more blue than red.
    private static bool IsChartBlue(SKColor color) => color.Blue > 120 && color.Blue - color.Red > 60;

    private static int CountPixels(SKBitmap bitmap, SKRectI area, Func<SKColor, bool> predicate)
    {
        int count = 0;
        for (int y = area.Top; y < area.Bottom; y++)
            for (int x = area.Left; x < area.Right; x++)
                if (predicate(bitmap.GetPixel(x, y)))
                    count++;
        return count;
    }
}
