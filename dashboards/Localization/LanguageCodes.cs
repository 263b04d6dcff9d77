using System.Globalization;

namespace Crm.Dashboards.Localization;

/// <summary>Turns the codes a browser or a URL carries ("hy", "ru-RU,ru;q=0.9") into a <see cref="Language"/> and back.</summary>
public static class LanguageCodes
{
    /// <summary>Armenian, because the product's users and its specification are Armenian first.</summary>
    public const Language Default = Language.Hy;

    public static string Code(this Language language) => language switch
    {
        Language.Hy => "hy",
        Language.En => "en",
        Language.Ru => "ru",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>The language's name in itself, so a reader who does not know the current language still finds their own.</summary>
    public static string NativeName(this Language language) => language switch
    {
        Language.Hy => "Հայերեն",
        Language.En => "English",
        Language.Ru => "Русский",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>Accepts a bare code or a full tag ("hy", "EN", "ru-RU", "hy_AM"); anything else is not ours.</summary>
    public static bool TryParse(string? code, out Language language)
    {
        language = Default;
        if (string.IsNullOrWhiteSpace(code))
            return false;

        string primary = code.Trim().Split('-', '_')[0];
        foreach (Language candidate in Enum.GetValues<Language>())
        {
            if (string.Equals(primary, candidate.Code(), StringComparison.OrdinalIgnoreCase))
            {
                language = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>The language for a code, or Armenian when the code is missing or unknown.</summary>
    public static Language Parse(string? code) => TryParse(code, out Language language) ? language : Default;

    /// <summary>
    /// The most preferred supported language of an Accept-Language header value such as
    /// <c>ru-RU,ru;q=0.9,en;q=0.8</c>; Armenian when none is supported.
    /// </summary>
    public static Language FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
            return Default;

        // Browsers usually list ranges by preference already, but q-values are what RFC 9110 says counts;
        // OrderByDescending is stable, so equal weights keep the browser's order.
        var ranges = header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ParseRange)
            .Where(range => range.Weight > 0)
            .OrderByDescending(range => range.Weight);

        foreach (var (tag, _) in ranges)
        {
            if (TryParse(tag, out Language language))
                return language;
        }
        return Default;
    }

    /// <summary>An explicit choice (the <c>lang</c> query parameter) beats the browser's preference.</summary>
    public static Language Choose(string? explicitCode, string? acceptLanguage) =>
        TryParse(explicitCode, out Language chosen) ? chosen : FromAcceptLanguage(acceptLanguage);

    /// <summary>
    /// The pages' order of preference: an explicit choice (the <c>lang</c> query parameter), then the reader's saved
    /// setting (the <c>lang</c> cookie a language switch leaves), then the browser's Accept-Language, then Armenian.
    /// </summary>
    public static Language Choose(string? explicitCode, string? savedCode, string? acceptLanguage) =>
        TryParse(explicitCode, out Language chosen) ? chosen
        : TryParse(savedCode, out Language saved) ? saved
        : FromAcceptLanguage(acceptLanguage);

    private static (string Tag, double Weight) ParseRange(string range)
    {
        string[] parts = range.Split(';', StringSplitOptions.TrimEntries);
        double weight = 1;
        foreach (string parameter in parts.Skip(1))
        {
            if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                && !double.TryParse(parameter.AsSpan(2), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out weight))
            {
                weight = 0; // a malformed weight is safer ignored than trusted
            }
        }
        return (parts[0], weight);
    }
}
