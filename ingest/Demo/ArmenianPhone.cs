using System.Text;

namespace Crm.Ingest.Demo;

/// <summary>An Armenian mobile number: a two-digit operator code and six subscriber digits.</summary>
public readonly record struct ArmenianPhone(string Code, string Subscriber)
{
    public static readonly string[] MobileCodes = ["91", "93", "94", "95", "96", "98", "99", "77", "41", "43", "44", "55"];

    public string Format(PhoneStyle style)
    {
        var s = Subscriber;
        return style switch
        {
            PhoneStyle.International => $"+374 {Code} {s}",
            PhoneStyle.Dashed => $"0{Code}-{s[..2]}-{s[2..4]}-{s[4..]}",
            PhoneStyle.Spaced => $"0 {Code} {s[..2]} {s[2..4]} {s[4..]}",
            PhoneStyle.Compact => $"+374{Code}{s}",
            PhoneStyle.Bracketed => $"(0{Code}) {s[..3]}-{s[3..]}",
            _ => throw new ArgumentOutOfRangeException(nameof(style)),
        };
    }

    /// <summary>+37491234567 for any of the styles, or null when the text is not an Armenian mobile number.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var digits = new StringBuilder();
        foreach (var c in text) if (char.IsAsciiDigit(c)) digits.Append(c);
        var d = digits.ToString();
        if (d.StartsWith("374") && d.Length == 11) return "+" + d;
        if (d.StartsWith('0') && d.Length == 9) return "+374" + d[1..];
        if (d.Length == 8) return "+374" + d;
        return null;
    }

    public static ArmenianPhone Draw(Random r) => new(r.Pick(MobileCodes), r.Next(0, 1_000_000).ToString("D6"));
}
