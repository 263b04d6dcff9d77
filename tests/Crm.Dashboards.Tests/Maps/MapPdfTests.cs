using System.Text;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Maps;
using Crm.Testing;
using SkiaSharp;

namespace Crm.Dashboards.Tests.Maps;

public sealed class MapPdfTests
{
    private static TempPdf Write(MapView view) => new(buffer => MapPdf.Write(buffer, view), "map");

    [Fact]
    public void MapPdfTextHasTheArmenianTitleRegionsAndCredit()
    {
        using TempPdf pdf = Write(SampleMap.View(Language.Hy, region: "lori"));

        string text = Poppler.Text(pdf.Path);
        Assert.Contains("Հաճախորդները քարտեզի վրա", text);
        Assert.Contains("2026-01-01 – 2026-03-31", text);
        Assert.Contains("Լոռի", text);
        Assert.Contains("Շիրակ", text);
        Assert.Contains("OpenStreetMap", text);
        Assert.Contains("«Արևիկ» ՍՊԸ", text);
        Assert.Contains("40.80456, 44.4939", text);
        string info = Poppler.Run("pdfinfo", pdf.Path);
        Assert.Contains("595 x 842 pts (A4)", info);
    }

    [Fact]
    public void MapIsDrawnAsVectorsAndIsNotBlank()
    {
        using TempPdf pdf = Write(SampleMap.View(Language.En));

        string[] images = Poppler.Run("pdfimages", "-list", pdf.Path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, images.Length); // pdfimages' two header lines: no raster image anywhere

        string prefix = Path.ChangeExtension(pdf.Path, null);
        Poppler.Run("pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", pdf.Path, prefix);
        using SKBitmap page = SKBitmap.Decode(prefix + ".png");
        int blue = 0, orange = 0;
        for (int y = 0; y < page.Height; y++)
        {
            for (int x = 0; x < page.Width; x++)
            {
                SKColor c = page.GetPixel(x, y);
                if (c.Blue > 120 && c.Blue - c.Red > 40) blue++;
                if (c.Red > 180 && c.Red - c.Blue > 80) orange++;
            }
        }
        Assert.True(blue > 5_000, $"the shaded regions are missing ({blue} blue pixels)");
        Assert.True(orange > 100, $"the town circles are missing ({orange} orange pixels)");
    }

    [Fact]
    public void LongCustomerListContinuesOverPagesWithItsHeaderAndGoogleMapsLinks()
    {
        MapView view = SampleMap.View(Language.En, region: "lori");
        var many = Enumerable.Range(1, 150).Select(i => SampleMap.LoriCustomers[0] with { Id = i, Name = $"Customer {i}" }).ToList();
        using TempPdf pdf = Write(view with { Customers = many, CustomersTotal = 150 });

        string info = Poppler.Run("pdfinfo", pdf.Path);
        int pages = int.Parse(info.Split('\n').Single(line => line.StartsWith("Pages:")).Split(':')[1].Trim());
        Assert.True(pages >= 4, $"150 customers after the map should take pages, got {pages}");
        for (int page = 3; page <= pages; page++)
        {
            string text = Poppler.Text(pdf.Path, "-f", page.ToString(), "-l", page.ToString());
            Assert.Contains("Location", text);
            Assert.Matches($@"(?m)^{page}\s*/\s*{pages}$", text);
        }
        Assert.Contains("Customer 150\n", Poppler.Text(pdf.Path));
        int links = CountOf(Encoding.Latin1.GetString(pdf.Bytes), "https://www.google.com/maps?q=40.80456,44.4939");
        Assert.Equal(150, links);
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
