using System.Text;
using Crm.Dashboards.Typography;
using SkiaSharp;

namespace Crm.Dashboards.Pdf;

/// <summary>
/// Measures, wraps and draws text with the embedded fonts. Skia draws a string with one typeface and shows a blank box
/// for glyphs it lacks, so text is cut into runs: DejaVu Sans for most, Noto Sans Armenian for what DejaVu lacks (֏).
/// </summary>
public static class PdfText
{
    public static float Measure(string text, PdfTextStyle style)
    {
        float width = 0;
        foreach (var (run, typeface) in Runs(text, style.Bold))
        {
            using SKFont font = CreateFont(typeface, style);
            width += font.MeasureText(run);
        }
        return width;
    }

    /// <summary>Draws one line with its baseline at <paramref name="baseline"/>; <paramref name="x"/> is the left, centre or right edge per <paramref name="align"/>.</summary>
    public static void Draw(SKCanvas canvas, string text, float x, float baseline, PdfTextStyle style, SKTextAlign align = SKTextAlign.Left)
    {
        float left = align switch
        {
            SKTextAlign.Center => x - Measure(text, style) / 2,
            SKTextAlign.Right => x - Measure(text, style),
            _ => x,
        };

        using SKPaint paint = new() { Color = style.Color, IsAntialias = true };
        foreach (var (run, typeface) in Runs(text, style.Bold))
        {
            using SKFont font = CreateFont(typeface, style);
            canvas.DrawText(run, left, baseline, SKTextAlign.Left, font, paint);
            left += font.MeasureText(run);
        }
    }

    /// <summary>
    /// Greedy word wrap into lines no wider than <paramref name="width"/>. A single word wider than that keeps its own
    /// line rather than being split mid-word: stage names must stay readable, a slight overflow is the lesser harm.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, PdfTextStyle style, float width)
    {
        List<string> lines = [];
        foreach (string paragraph in text.Split('\n'))
        {
            string current = "";
            foreach (string word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && Measure(candidate, style) > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }
            lines.Add(current);
        }
        return lines;
    }

    private static SKFont CreateFont(SKTypeface typeface, PdfTextStyle style) =>
        new(typeface, style.Size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    private static IEnumerable<(string Run, SKTypeface Typeface)> Runs(string text, bool bold)
    {
        SKTypeface primary = DashboardFonts.Get(bold);
        SKTypeface fallback = DashboardFonts.Fallback(bold);
        StringBuilder run = new();
        SKTypeface? current = null;
        foreach (Rune rune in text.EnumerateRunes())
        {
            // Missing from both fonts: stay with the primary one, which draws its "missing glyph" box.
            SKTypeface wanted = primary.ContainsGlyph(rune.Value) || !fallback.ContainsGlyph(rune.Value) ? primary : fallback;
            if (current is not null && wanted != current)
            {
                yield return (run.ToString(), current);
                run.Clear();
            }
            current = wanted;
            run.Append(rune.ToString());
        }
        if (current is not null && run.Length > 0)
            yield return (run.ToString(), current);
    }
}
