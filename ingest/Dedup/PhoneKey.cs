using System.Text;

namespace Crm.Ingest.Dedup;

/// <summary>
/// One spelling per phone number: Armenian numbers in any of the ways people type them (+374 91 234567,
/// 091-23-45-67, (091) 234-567, 00374…, Yerevan 010 …) become +374 and eight digits; numbers written with a
/// country code (+ or 00) keep it as + and digits; anything else is not a phone and gives null.
/// </summary>
public static class PhoneKey
{
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        var digits = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (char.IsLetter(c)) return null; // "call after 6", extensions: too unsure to key on
        }
        var d = digits.ToString();
        var international = trimmed.StartsWith('+');
        if (d.StartsWith("00")) { d = d[2..]; international = true; }

        // +374 091 …: the trunk 0 kept after the country code.
        if (d.StartsWith("3740") && d.Length == 12) d = "374" + d[4..];
        if (d.StartsWith("374") && d.Length == 11 && (international || trimmed.StartsWith("374"))) return "+" + d;
        if (!international)
        {
            // Domestic: 0 + area or operator code + subscriber, or the eight digits alone.
            if (d.StartsWith('0') && d.Length == 9) return "+374" + d[1..];
            if (d.Length == 8 && d[0] != '0') return "+374" + d;
            return null;
        }
        return d.Length is >= 8 and <= 15 && d[0] != '0' ? "+" + d : null;
    }
}
