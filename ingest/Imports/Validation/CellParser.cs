using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.References;

namespace Crm.Ingest.Imports.Validation;

/// <summary>Turns one cell's text into the field's typed value, or says why it cannot.</summary>
public sealed partial class CellParser(ReferenceBook book, TimeZoneInfo zone)
{
    public object? Parse(FieldSpec field, string text, out string? reason)
    {
        reason = null;
        switch (field.Kind)
        {
            case FieldKind.Text:
                if (text.Length > field.MaxLength) reason = $"is {text.Length:N0} characters long (at most {field.MaxLength:N0})";
                else if (CellText.HasControlCharacters(text)) reason = "contains control characters";
                return reason is null ? text : null;
            case FieldKind.Email:
                if (text.Length > 254 || !EmailPattern().IsMatch(text)) reason = $"{CellText.Quote(text)} is not an e-mail address";
                return reason is null ? text : null;
            case FieldKind.Phone:
                return Phone(text, out reason);
            case FieldKind.Integer:
                if (int.TryParse(text.Replace(" ", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    && !(field.NonNegative && n < 0)) return n;
                reason = $"{CellText.Quote(text)} is not a{(field.NonNegative ? " non-negative" : "")} whole number";
                return null;
            case FieldKind.Decimal:
                return Number(field, text, out reason);
            case FieldKind.Date:
                if (DateParsing.TryDate(text, out var date)) return date;
                reason = $"{CellText.Quote(text)} {DateParsing.DateHint}";
                return null;
            case FieldKind.Timestamp:
                if (DateParsing.TryTimestamp(text, zone, out var at)) return at;
                reason = $"{CellText.Quote(text)} {DateParsing.TimeHint}";
                return null;
            case FieldKind.Boolean:
                return Boolean(text, out reason);
            case FieldKind.Enum:
                var domain = book.Enum(field.Domain!);
                if (domain.TryCode(text, out var code)) return code;
                reason = $"{CellText.Quote(text)} is not one of: {domain.Listing}";
                return null;
            default:
                if (field.AsKey) return book.Records(field.Domain!).TryKey(text, out var key, out reason) ? key : null;
                if (book.TryResolve(field.Domain!, text, out var id, out reason)) return id;
                return null;
        }
    }

    private static string? Phone(string text, out string? reason)
    {
        reason = null;
        var digits = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c)) digits++;
            else if (!(c is ' ' or '-' or '(' or ')' or '.' || (c == '+' && i == 0)))
            {
                reason = $"{CellText.Quote(text)} is not a phone number (digits, +, spaces, dashes, brackets)";
                return null;
            }
        }
        if (digits < 5 || digits > 15 || text.Length > 32)
            reason = $"{CellText.Quote(text)} is not a phone number (5 to 15 digits)";
        return reason is null ? text : null;
    }

    private static object? Number(FieldSpec field, string text, out string? reason)
    {
        reason = null;
        var s = text.Replace(" ", "").Replace("\u00A0", "").Replace("\u202F", "");
        var comma = s.LastIndexOf(',');
        var dot = s.LastIndexOf('.');
        // With both separators the later one is the decimal point; a lone comma is a decimal comma.
        if (comma >= 0 && dot >= 0) s = comma > dot ? s.Replace(".", "").Replace(',', '.') : s.Replace(",", "");
        else if (comma >= 0) s = s.Replace(',', '.');
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            reason = $"{CellText.Quote(text)} is not a number";
            return null;
        }
        if (field.NonNegative && d < 0)
        {
            reason = $"{CellText.Quote(text)} is negative";
            return null;
        }
        d = Math.Round(d, field.Scale, MidpointRounding.AwayFromZero);
        if (Math.Abs(d) >= Pow10(field.Precision - field.Scale))
        {
            reason = $"{CellText.Quote(text)} is too large";
            return null;
        }
        return d;
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++) p *= 10;
        return p;
    }

    private static object? Boolean(string text, out string? reason)
    {
        reason = null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "y" or "1" or "да" or "այո" or "x": return true;
            case "false" or "no" or "n" or "0" or "нет" or "ոչ": return false;
            default:
                reason = $"{CellText.Quote(text)} is not yes/no (true/false, 1/0)";
                return null;
        }
    }

    [GeneratedRegex(@"^[^@\s""'<>,;]+@[^@\s""'<>,;]+\.[^@\s""'<>,;.]{2,}$")]
    private static partial Regex EmailPattern();
}
