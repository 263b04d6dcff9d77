using SkiaSharp;

namespace Crm.Dashboards.Pdf;

/// <summary>
/// Writes an A4 PDF whose content is laid out by a compose callback on a <see cref="PdfFlow"/>, with "page / pages"
/// in the footer. The callback runs twice: once on canvases that draw nothing, to count the pages (a PDF page cannot
/// be revisited once ended), then for real. It must therefore lay out the same way both times.
/// </summary>
public static class PdfReport
{
    public const float A4Width = 595;
    public const float A4Height = 842;
    public const float Margin = 40;
    private const float FooterHeight = 18;

    /// <summary>
    /// Skia writes the stream synchronously: in ASP.NET Core pass a MemoryStream (or use a report's WriteAsync),
    /// not the response body, which refuses synchronous writes.
    /// </summary>
    /// <param name="landscape">A4 turned sideways, for tables too wide to read upright.</param>
    /// <param name="runningHead">Written small at the top of every page after the first, so a loose page still says what it is.</param>
    public static void Write(Stream output, SKDocumentPdfMetadata metadata, Action<PdfFlow> compose, bool landscape = false,
        string? runningHead = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(compose);
        var (width, height) = landscape ? (A4Height, A4Width) : (A4Width, A4Height);

        int pageCount = CountPages(compose, width, height);

        using SKDocument document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("Skia could not start a PDF document.");
        PdfFlow flow = new(width, height, Margin, FooterHeight,
            beginPage: () => document.BeginPage(width, height),
            endPage: (canvas, page) =>
            {
                DrawFooter(canvas, page, pageCount, width, height);
                if (runningHead is not null && page > 1)
                    PdfText.Draw(canvas, runningHead, Margin, Margin - PdfTextStyle.Small.Size - 4, PdfTextStyle.Small);
                document.EndPage();
            });
        compose(flow);
        flow.Finish();
        document.Close();
    }

    private static int CountPages(Action<PdfFlow> compose, float width, float height)
    {
        PdfFlow flow = new(width, height, Margin, FooterHeight,
            beginPage: () => new SKNoDrawCanvas((int)width, (int)height),
            endPage: (canvas, _) => canvas.Dispose());
        compose(flow);
        flow.Finish();
        return flow.PageNumber;
    }

    private static void DrawFooter(SKCanvas canvas, int page, int pageCount, float width, float height)
    {
        float baseline = height - Margin + PdfTextStyle.Small.Size;
        PdfText.Draw(canvas, $"{page} / {pageCount}", width / 2, baseline, PdfTextStyle.Small, SKTextAlign.Center);
    }
}
