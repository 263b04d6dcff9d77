using System.Globalization;
using Crm.Dashboards.Reports;

namespace Crm.Dashboards.Localization;

/// <summary>
/// A report cell as a reader of one language expects it: money in whole drams with ֏, shares as percentages, dates as
/// Armenians and Russians write them (31.10.2026) or unambiguous English (31 Oct 2026), digits grouped with a no-break
/// space, a decimal comma in Russian; coded text (a status, a segment) in words.
/// </summary>
public sealed class ValueFormat
{
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly ValueFormat[] ByLanguage = [new(Language.Hy), new(Language.En), new(Language.Ru)];

    private readonly Texts _texts;
    private readonly PageTexts _words;
    private readonly NumberFormatInfo _numbers;

    private ValueFormat(Language language)
    {
        Language = language;
        _texts = Texts.For(language);
        _words = PageTexts.For(language);
        _numbers = new NumberFormatInfo
        {
            NumberGroupSeparator = Texts.DigitGroupSeparator,
            NumberDecimalSeparator = language == Language.Ru ? "," : ".",
            NegativeSign = "-",
        };
    }

    public Language Language { get; }

    public static ValueFormat For(Language language) => ByLanguage[(int)language];

    public string Cell(ReportColumn column, object? value) => value switch
    {
        null => "",
        bool b => b ? _words.Yes : _words.No,
        string s => Labels.Value(column.Name, s, Language),
        DateOnly d => Date(d),
        DateTime t when column.Kind == ColumnKind.Date => Date(DateOnly.FromDateTime(t)),
        DateTime t => _texts.Timestamp(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))),
        DateTimeOffset t => _texts.Timestamp(t),
        _ when column.Kind == ColumnKind.Money => _texts.Money(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        _ when column.Kind == ColumnKind.Share => _texts.Percent(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        // an id is a name, not an amount: its digits are not grouped
        _ when column.Kind == ColumnKind.Integer && column.Name.EndsWith("_id", StringComparison.Ordinal) => Number(value, "0"),
        _ when column.Kind == ColumnKind.Integer => Number(value, "#,0"),
        _ when column.Kind == ColumnKind.Days => Number(value, "#,0.#"),
        IFormattable => Number(value, "#,0.####"),
        _ => value.ToString() ?? "",
    };

    public string Date(DateOnly date) => Language == Language.En
        ? $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}"
        : date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public string Money(decimal amount) => _texts.Money(amount);

    public string Count(long count) => _texts.Count(count);

    public string Percent(double? share) => _texts.Percent(share);

    /// <summary>A chart axis's figure in few characters: 1 234 as is, 1 250 000 as 1.3 M (млн, մլն).</summary>
    public string Compact(double value)
    {
        var (scaled, unit) = Math.Abs(value) switch
        {
            >= 1e9 => (value / 1e9, Language switch { Language.Hy => "մլրդ", Language.Ru => "млрд", _ => "B" }),
            >= 1e6 => (value / 1e6, Language switch { Language.Hy => "մլն", Language.Ru => "млн", _ => "M" }),
            >= 1e4 => (value / 1e3, Language switch { Language.Hy => "հզր", Language.Ru => "тыс.", _ => "K" }),
            _ => (value, ""),
        };
        var number = scaled.ToString(unit.Length == 0 ? "#,0.##" : "#,0.#", _numbers);
        return unit.Length == 0 ? number : number + Texts.DigitGroupSeparator + unit;
    }

    private string Number(object value, string format) =>
        value switch
        {
            double d when !double.IsFinite(d) => Texts.NotApplicable,
            double d => d.ToString(format, _numbers),
            float f => f.ToString(format, _numbers),
            _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(format, _numbers),
        };
}
