using SkiaSharp;

namespace Crm.Dashboards.Pdf;

/// <summary>
/// A full-width table drawn into a <see cref="PdfFlow"/>: cells wrap at spaces, rows never split across pages, and
/// every page the table continues on starts with the header row again.
/// </summary>
public sealed class PdfTable(IReadOnlyList<PdfColumn> columns)
{
    public PdfTextStyle HeaderStyle { get; init; } = PdfTextStyle.BodyBold;

    public PdfTextStyle CellStyle { get; init; } = PdfTextStyle.Body;

    public float Padding { get; init; } = 4;

    public SKColor HeaderFill { get; init; } = new(0xE6, 0xEC, 0xF2);

    public SKColor StripeFill { get; init; } = new(0xF6, 0xF8, 0xFA);

    public SKColor RuleColor { get; init; } = new(0xC9, 0xD2, 0xDB);

    /// <summary>Where a data row (by index) links to, as a PDF link over the whole row; null for none.</summary>
    public Func<int, string?>? RowLink { get; init; }

    public void Draw(PdfFlow flow, IEnumerable<IReadOnlyList<string>> rows)
    {
        float[] widths = ColumnWidths(flow.ContentWidth);
        var header = Layout(columns.Select(column => column.Header).ToList(), HeaderStyle, widths);

        bool headerDrawn = false;
        int index = 0;
        foreach (IReadOnlyList<string> cells in rows)
        {
            if (cells.Count != columns.Count)
                throw new ArgumentException($"Row {index} has {cells.Count} cells; the table has {columns.Count} columns.", nameof(rows));

            var row = Layout(cells, CellStyle, widths);
            if (!headerDrawn)
            {
                // A header alone at the bottom of a page says nothing: keep it with the first row.
                flow.EnsureSpace(header.Height + row.Height);
                DrawRow(flow, header, widths, HeaderStyle, HeaderFill);
                headerDrawn = true;
            }
            else if (!flow.Fits(row.Height))
            {
                flow.NewPage();
                DrawRow(flow, header, widths, HeaderStyle, HeaderFill);
            }
            float top = flow.Y;
            DrawRow(flow, row, widths, CellStyle, index % 2 == 1 ? StripeFill : SKColors.Transparent);
            if (RowLink?.Invoke(index) is { } url)
                flow.Canvas.DrawUrlAnnotation(new SKRect(flow.Left, top, flow.Right, flow.Y), url).Dispose();
            index++;
        }

        if (!headerDrawn)
        {
            flow.EnsureSpace(header.Height);
            DrawRow(flow, header, widths, HeaderStyle, HeaderFill);
        }
    }

    private float[] ColumnWidths(float tableWidth)
    {
        float totalWeight = columns.Sum(column => column.Weight);
        return columns.Select(column => tableWidth * column.Weight / totalWeight).ToArray();
    }

    private (IReadOnlyList<IReadOnlyList<string>> Cells, float Height) Layout(IReadOnlyList<string> cells, PdfTextStyle style, float[] widths)
    {
        var lines = cells.Select((text, i) => PdfText.Wrap(text, style, widths[i] - 2 * Padding)).ToList();
        float height = lines.Max(cell => cell.Count) * style.LineHeight + 2 * Padding;
        return (lines, height);
    }

    private void DrawRow(PdfFlow flow, (IReadOnlyList<IReadOnlyList<string>> Cells, float Height) row, float[] widths, PdfTextStyle style, SKColor fill)
    {
        SKCanvas canvas = flow.Canvas;
        SKRect bounds = new(flow.Left, flow.Y, flow.Right, flow.Y + row.Height);
        if (fill.Alpha > 0)
        {
            using SKPaint fillPaint = new() { Color = fill, Style = SKPaintStyle.Fill };
            canvas.DrawRect(bounds, fillPaint);
        }
        using (SKPaint rule = new() { Color = RuleColor, StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke })
            canvas.DrawLine(bounds.Left, bounds.Bottom, bounds.Right, bounds.Bottom, rule);

        float x = flow.Left;
        for (int i = 0; i < widths.Length; i++)
        {
            IReadOnlyList<string> lines = row.Cells[i];
            // Centre short cells vertically so a one-line number sits level with a two-line stage name.
            float top = flow.Y + (row.Height - lines.Count * style.LineHeight) / 2;
            float anchor = columns[i].Align switch
            {
                SKTextAlign.Right => x + widths[i] - Padding,
                SKTextAlign.Center => x + widths[i] / 2,
                _ => x + Padding,
            };
            for (int line = 0; line < lines.Count; line++)
            {
                float baseline = top + line * style.LineHeight + style.LineHeight / 2 + style.Size * 0.36f;
                PdfText.Draw(canvas, lines[line], anchor, baseline, style, columns[i].Align);
            }
            x += widths[i];
        }
        flow.Y += row.Height;
    }
}
