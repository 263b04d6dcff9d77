using Crm.Dashboards.Localization;
using Crm.Dashboards.Pdf;
using SkiaSharp;

namespace Crm.Dashboards.Maps;

/// <summary>
/// The customers map as an A4 PDF: a header with the title, period and filters; the map as vectors; the regions; and,
/// when a region was chosen, its customers, each row a link to Google Maps. Tables continue across pages with their
/// header repeated; every page is numbered.
/// </summary>
public static class MapPdf
{
    /// <summary>Writes synchronously: from ASP.NET Core, into a MemoryStream first (Skia does not write asynchronously).</summary>
    public static void Write(Stream output, MapView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        MapTexts words = view.Words;
        Texts formats = view.Formats;
        SKDocumentPdfMetadata metadata = new()
        {
            Title = $"{words.Title} {formats.DateRange(view.Filter.From, view.Filter.To)}",
            Subject = view.ScopeLabel,
            Creator = "Crm.Dashboards",
            Creation = DateTime.UtcNow,
            Modified = DateTime.UtcNow,
        };
        // Laid out once for both passes of PdfReport: the drawing depends only on the view.
        MapDrawing drawing = MapLayout.Build(view, (_, _) => "");
        PdfReport.Write(output, metadata, flow =>
        {
            DrawHeader(flow, view);
            DrawMap(flow, drawing);
            DrawRegions(flow, view);
            DrawCustomers(flow, view);
        });
    }

    private static void DrawHeader(PdfFlow flow, MapView view)
    {
        MapTexts words = view.Words;
        Texts formats = view.Formats;
        flow.Y += PdfTextStyle.Title.Size;
        PdfText.Draw(flow.Canvas, words.Title, flow.Left, flow.Y, PdfTextStyle.Title);
        flow.Y += PdfTextStyle.Title.Size * 0.6f;
        List<string> lines = [$"{formats.Period}: {formats.DateRange(view.Filter.From, view.Filter.To)}", $"{formats.Scope}: {view.ScopeLabel}"];
        lines.AddRange(MapFilterLabels.Describe(view));
        foreach (string line in lines)
        {
            flow.Y += PdfTextStyle.Body.LineHeight;
            PdfText.Draw(flow.Canvas, line, flow.Left, flow.Y, PdfTextStyle.Body);
        }
        flow.Y += PdfTextStyle.Small.LineHeight;
        PdfText.Draw(flow.Canvas, $"{formats.WarehouseAsOf}: {formats.Timestamp(view.WarehouseAsOf)}", flow.Left, flow.Y, PdfTextStyle.Small);
        flow.Y += 8;
        using SKPaint rule = new() { Color = PdfTextStyle.Muted, StrokeWidth = 0.75f, Style = SKPaintStyle.Stroke };
        flow.Canvas.DrawLine(flow.Left, flow.Y, flow.Right, flow.Y, rule);
        flow.Y += 8;
    }

    private static void DrawMap(PdfFlow flow, MapDrawing drawing)
    {
        // As wide as the text, unless that would be taller than a page allows.
        float scale = Math.Min(flow.ContentWidth / drawing.Width, (flow.Bottom - flow.Top) / drawing.Height);
        float height = drawing.Height * scale;
        flow.EnsureSpace(height);
        flow.Canvas.Save();
        flow.Canvas.Translate(flow.Left + (flow.ContentWidth - drawing.Width * scale) / 2, flow.Y);
        MapCanvas.Draw(flow.Canvas, drawing, scale);
        flow.Canvas.Restore();
        flow.Y += height + 12;
    }

    private static void DrawRegions(PdfFlow flow, MapView view)
    {
        MapTexts words = view.Words;
        Texts formats = view.Formats;
        PdfTable table = new(
        [
            new PdfColumn(words.Region, 2.2f),
            new PdfColumn(words.Customers, 1.5f, SKTextAlign.Right),
            new PdfColumn(words.NewCustomers, 1.6f, SKTextAlign.Right),
            new PdfColumn(words.Revenue, 2.2f, SKTextAlign.Right),
            new PdfColumn(words.Share, 1.4f, SKTextAlign.Right),
        ]);
        table.Draw(flow, view.Regions.Select(r => (IReadOnlyList<string>)
        [
            view.RegionName(r), formats.Count(r.Customers), formats.Count(r.NewCustomers), formats.Money(r.Revenue), formats.Percent(r.Share),
        ]));
        flow.Y += 12;
    }

    private static void DrawCustomers(PdfFlow flow, MapView view)
    {
        if (view.Selected is not { } region) return;
        MapTexts words = view.Words;
        Texts formats = view.Formats;
        string place = view.RegionName(region) + (view.Filter.City is { } city ? $", {city}" : "");
        flow.EnsureSpace(PdfTextStyle.Title.LineHeight * 2);
        flow.Y += PdfTextStyle.BodyBold.LineHeight;
        PdfText.Draw(flow.Canvas, $"{words.Customers} — {place}", flow.Left, flow.Y, new PdfTextStyle(13, true, PdfTextStyle.Ink));
        flow.Y += PdfTextStyle.Body.LineHeight;
        PdfText.Draw(flow.Canvas, words.Showing(formats.Count(view.Customers.Count), formats.Count(view.CustomersTotal)), flow.Left, flow.Y, PdfTextStyle.Small);
        flow.Y += 6;
        PdfTable table = new(
        [
            new PdfColumn(words.Name, 2.3f),
            new PdfColumn(words.Town, 1.5f),
            new PdfColumn(words.Segment, 1.4f),
            new PdfColumn(words.Created, 1.4f),
            new PdfColumn(words.Revenue, 1.8f, SKTextAlign.Right),
            new PdfColumn(words.Location, 2.3f),
        ])
        {
            RowLink = i => view.Customers[i].GoogleMapsUrl,
        };
        table.Draw(flow, view.Customers.Select(c => (IReadOnlyList<string>)
        [
            c.Name,
            c.City ?? "",
            words.SegmentName(c.Segment),
            c.CreatedAt is { } created ? formats.Date(DateOnly.FromDateTime(created)) : Texts.NotApplicable,
            formats.Money(c.Revenue),
            c.Position is { } p ? GoogleMaps.Shown(p) : Texts.NotApplicable,
        ]));
    }
}
