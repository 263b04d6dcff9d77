using SkiaSharp;

namespace Crm.Dashboards.Pdf;

/// <summary>
/// A cursor running down the pages of a PDF: content is placed at <see cref="Y"/> and moves it down; when the next
/// block does not fit above the footer, a new page begins. Coordinates are points from the page's top-left corner.
/// </summary>
public sealed class PdfFlow
{
    private readonly Func<SKCanvas> _beginPage;
    private readonly Action<SKCanvas, int> _endPage;
    private SKCanvas? _canvas;

    internal PdfFlow(float pageWidth, float pageHeight, float margin, float footerHeight,
        Func<SKCanvas> beginPage, Action<SKCanvas, int> endPage)
    {
        PageWidth = pageWidth;
        PageHeight = pageHeight;
        Margin = margin;
        FooterHeight = footerHeight;
        _beginPage = beginPage;
        _endPage = endPage;
        NewPage();
    }

    public float PageWidth { get; }

    public float PageHeight { get; }

    public float Margin { get; }

    public float FooterHeight { get; }

    public float Left => Margin;

    public float Right => PageWidth - Margin;

    public float ContentWidth => Right - Left;

    public float Top => Margin;

    /// <summary>The lowest point content may reach; the footer lives below it.</summary>
    public float Bottom => PageHeight - Margin - FooterHeight;

    public float Y { get; set; }

    /// <summary>1-based number of the page being written.</summary>
    public int PageNumber { get; private set; }

    public SKCanvas Canvas => _canvas ?? throw new InvalidOperationException("The document is already finished.");

    public bool Fits(float height) => Y + height <= Bottom;

    /// <summary>
    /// Moves to a new page unless <paramref name="height"/> still fits. A block taller than a whole page is left on a
    /// fresh page to overflow rather than pushed on forever.
    /// </summary>
    public void EnsureSpace(float height)
    {
        if (!Fits(height) && Y > Top)
            NewPage();
    }

    public void NewPage()
    {
        EndPage();
        _canvas = _beginPage();
        PageNumber++;
        Y = Top;
    }

    internal void Finish() => EndPage();

    private void EndPage()
    {
        if (_canvas is null)
            return;
        _endPage(_canvas, PageNumber);
        _canvas = null;
    }
}
