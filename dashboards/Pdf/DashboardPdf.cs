using Crm.Dashboards.Charts;
using Crm.Dashboards.Composition;
using Crm.Dashboards.Localization;
using ScottPlot;
using SkiaSharp;

namespace Crm.Dashboards.Pdf;

/// <summary>
/// Any dashboard or report as an A4 PDF: the header with its title, period and filters, the headline figures, then
/// each panel's chart as vectors and its table, which continues across pages with its header row repeated. Wide
/// tables turn the pages sideways.
/// </summary>
public static class DashboardPdf
{
    private const float ChartHeight = 250;
    private const int WideTable = 8;

    private static readonly PdfTextStyle Heading = new(13, true, PdfTextStyle.Ink);
    private static readonly PdfTextStyle SmallCell = new(7, false, PdfTextStyle.Ink);
    private static readonly PdfTextStyle SmallHeader = new(7, true, PdfTextStyle.Ink);

    public static byte[] Render(DashboardView view)
    {
        using MemoryStream buffer = new();
        Write(buffer, view);
        return buffer.ToArray();
    }

    /// <summary>Writes synchronously: pass a MemoryStream from ASP.NET Core, or use <see cref="Render"/>.</summary>
    public static void Write(Stream output, DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var texts = Texts.For(view.Language);
        SKDocumentPdfMetadata metadata = new()
        {
            Title = view.Title,
            Subject = string.Join("; ", view.Facts.Select(f => $"{f.Key}: {f.Value}")),
            Creator = "Crm.Dashboards",
            Creation = DateTime.UtcNow,
            Modified = DateTime.UtcNow,
        };
        var columns = view.Panels.Where(p => p.Result is not null)
            .Select(p => PdfColumns.Shown(p.Result!, p.Columns, view.Language).Count).DefaultIfEmpty(0).Max();
        PdfReport.Write(output, metadata, flow =>
        {
            PdfHeader.Draw(flow, view.Title, view.Facts.Select(f => $"{f.Key}: {f.Value}"),
                $"{texts.WarehouseAsOf}: {texts.Timestamp(view.WarehouseAsOf)}");
            DrawKpis(flow, view);
            foreach (var panel in view.Panels) DrawPanel(flow, panel, view);
        }, landscape: columns > WideTable, runningHead: view.Title);
    }

    private static void DrawKpis(PdfFlow flow, DashboardView view)
    {
        foreach (var kpi in view.Kpis)
        {
            flow.EnsureSpace(PdfTextStyle.BodyBold.LineHeight);
            flow.Y += PdfTextStyle.BodyBold.LineHeight;
            var line = $"{kpi.Label}: {kpi.Value}" + (kpi.Note is { } note ? $" ({note})" : "");
            PdfText.Draw(flow.Canvas, line, flow.Left, flow.Y, PdfTextStyle.BodyBold);
        }
        if (view.Kpis.Count > 0) flow.Y += 12;
    }

    private static void DrawPanel(PdfFlow flow, Panel panel, DashboardView view)
    {
        if (panel.Title.Length > 0)
        {
            // a heading stays with what follows it: the chart, or at least the first rows
            flow.EnsureSpace(Heading.LineHeight + 8 + (panel.Chart is not null && panel.Result is not null ? ChartHeight : 3 * PdfTextStyle.Body.LineHeight));
            flow.Y += Heading.LineHeight;
            PdfText.Draw(flow.Canvas, panel.Title, flow.Left, flow.Y, Heading);
            flow.Y += 8;
        }
        if (panel.Result is not { } result || panel.Message is not null)
        {
            flow.Y += PdfTextStyle.Body.LineHeight;
            PdfText.Draw(flow.Canvas, panel.Message ?? Texts.For(view.Language).NoData, flow.Left, flow.Y, PdfTextStyle.Body);
            flow.Y += 8;
            return;
        }
        if (panel.Chart is { } chart)
        {
            using Plot plot = ReportPlot.Build(result, chart, view.Language);
            PdfChart.Draw(flow, plot, ChartHeight);
        }
        DrawTable(flow, panel, result, view.Language);
        flow.Y += 12;
    }

    private static void DrawTable(PdfFlow flow, Panel panel, Reports.ReportResult result, Language language)
    {
        var format = ValueFormat.For(language);
        var shown = PdfColumns.Shown(result, panel.Columns, language).Select(result.Ordinal).ToArray();
        var rows = result.Rows.Take(panel.MaxRows)
            .Select(r => (IReadOnlyList<string>)shown.Select(i => format.Cell(result.Columns[i], r[i])).ToArray()).ToList();
        // In the body's size when the columns fit the page at their natural widths; smaller print when they do not.
        var table = Table(shown, result, rows, language, PdfTextStyle.BodyBold, PdfTextStyle.Body, 4, out var natural);
        if (natural > flow.ContentWidth) table = Table(shown, result, rows, language, SmallHeader, SmallCell, 2.5f, out _);
        table.Draw(flow, rows);
        if (rows.Count == 0)
        {
            flow.Y += PdfTextStyle.Body.LineHeight;
            PdfText.Draw(flow.Canvas, Texts.For(language).NoData, flow.Left, flow.Y, PdfTextStyle.Body);
        }
    }

    private static PdfTable Table(int[] shown, Reports.ReportResult result, List<IReadOnlyList<string>> rows, Language language,
        PdfTextStyle header, PdfTextStyle cell, float padding, out float naturalWidth)
    {
        var sample = rows.Take(200).ToList();
        var columns = shown.Select((i, n) => PdfColumns.For(result.Columns[i], language, sample.Select(r => r[n]), header, cell, padding)).ToList();
        naturalWidth = columns.Sum(c => c.Weight);
        return new PdfTable(columns) { HeaderStyle = header, CellStyle = cell, Padding = padding };
    }
}
