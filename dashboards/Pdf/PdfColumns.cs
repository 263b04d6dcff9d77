using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using SkiaSharp;

namespace Crm.Dashboards.Pdf;

/// <summary>
/// Which of a report's columns a PDF table prints and how wide: a name kept in three languages (name_hy, name_en,
/// name_ru) prints once, in the reader's; each column gets the width its header's longest word or its typical cell
/// needs, measured in the fonts it is printed in.
/// </summary>
public static class PdfColumns
{
    public static IReadOnlyList<string> Shown(ReportResult result, IReadOnlyList<string>? wanted, Language language)
    {
        var names = wanted ?? result.Columns.Select(c => c.Name).ToList();
        return names.Where(n => !IsOtherLanguage(n, language, names)).ToList();
    }

    /// <param name="cells">The column's formatted cells (a sample of them is enough).</param>
    public static PdfColumn For(ReportColumn column, Language language, IEnumerable<string> cells, PdfTextStyle header, PdfTextStyle cell, float padding)
    {
        var label = Labels.Column(column.Name, language);
        var longestWord = label.Split(' ').Max(w => PdfText.Measure(w, header));
        // the 90th percentile: one very long name should wrap, not squeeze every other column
        var widths = cells.Select(c => PdfText.Measure(c, cell)).Order().ToList();
        var typical = widths.Count == 0 ? 0 : widths[widths.Count * 9 / 10];
        var numeric = column.Kind is ColumnKind.Integer or ColumnKind.Number or ColumnKind.Money or ColumnKind.Share or ColumnKind.Days;
        return new PdfColumn(label, Math.Max(longestWord, Math.Min(typical, 160)) + 2 * padding + 1, numeric ? SKTextAlign.Right : SKTextAlign.Left);
    }

    private static bool IsOtherLanguage(string name, Language language, IReadOnlyList<string> names)
    {
        foreach (var other in Enum.GetValues<Language>().Where(l => l != language))
        {
            var suffix = "_" + other.Code();
            if (name.EndsWith(suffix, StringComparison.Ordinal) && names.Contains(name[..^suffix.Length] + "_" + language.Code()))
                return true;
        }
        return false;
    }
}
