using Crm.Dashboards.Charts;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports.Funnel;
using ScottPlot;
using SkiaSharp;

namespace Crm.Dashboards.Pdf;

/// <summary>The sales funnel as an A4 PDF: header, the chart as vectors, then the table of stages.</summary>
public static class FunnelPdf
{
    private const float ChartHeight = 260;

    /// <summary>Writes synchronously; from ASP.NET Core use <see cref="WriteAsync"/>.</summary>
    public static void Write(Stream output, FunnelView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        Texts texts = Texts.For(view.Language);
        SKDocumentPdfMetadata metadata = new()
        {
            Title = $"{texts.FunnelTitle} {texts.DateRange(view.From, view.To)}",
            Subject = view.ScopeLabel,
            Creator = "Crm.Dashboards",
            Creation = DateTime.UtcNow,
            Modified = DateTime.UtcNow,
        };
        PdfReport.Write(output, metadata, flow => Compose(flow, view, texts));
    }

    /// <summary>Renders into memory first, because Skia writes synchronously and a response body must be written asynchronously.</summary>
    public static async Task WriteAsync(Stream output, FunnelView view, CancellationToken cancellationToken = default)
    {
        using MemoryStream buffer = new();
        Write(buffer, view);
        // WriteAsync on the buffer's bytes rather than CopyToAsync: MemoryStream.CopyToAsync writes synchronously
        // when the destination is itself a MemoryStream-derived stream.
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
    }

    private static void Compose(PdfFlow flow, FunnelView view, Texts texts)
    {
        DrawHeader(flow, view, texts);
        DrawChart(flow, view);
        DrawTable(flow, view, texts);
    }

    private static void DrawHeader(PdfFlow flow, FunnelView view, Texts texts) => PdfHeader.Draw(flow, texts.FunnelTitle,
        [$"{texts.Period}: {texts.DateRange(view.From, view.To)}", $"{texts.Scope}: {view.ScopeLabel}"],
        $"{texts.WarehouseAsOf}: {texts.Timestamp(view.WarehouseAsOf)}");

    private static void DrawChart(PdfFlow flow, FunnelView view)
    {
        using Plot plot = FunnelChart.Build(view.Rows, view.Language);
        plot.Title(false); // the page header already carries the title
        PdfChart.Draw(flow, plot, ChartHeight);
    }

    private static void DrawTable(PdfFlow flow, FunnelView view, Texts texts)
    {
        PdfTable table = new(
        [
            new PdfColumn(texts.Stage, 2.6f),
            new PdfColumn(texts.Deals, 1.1f, SKTextAlign.Right),
            new PdfColumn(texts.Amount, 1.9f, SKTextAlign.Right),
            new PdfColumn(texts.ConversionFromPrevious, 1.5f, SKTextAlign.Right),
            new PdfColumn(texts.ConversionFromStart, 1.5f, SKTextAlign.Right),
        ]);
        table.Draw(flow, view.Rows.OrderBy(row => row.SortOrder).Select(row => (IReadOnlyList<string>)
        [
            texts.StageName(row),
            texts.Count(row.Deals),
            texts.Money(row.Amount),
            texts.Percent(row.ConversionFromPrevious),
            texts.Percent(row.ConversionFromStart),
        ]));

        if (view.Rows.Count == 0)
        {
            flow.Y += PdfTextStyle.Body.LineHeight;
            PdfText.Draw(flow.Canvas, texts.NoData, flow.Left, flow.Y, PdfTextStyle.Body);
        }
    }
}
