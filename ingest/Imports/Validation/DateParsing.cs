using System.Globalization;

namespace Crm.Ingest.Imports.Validation;

/// <summary>Dates as ISO (YYYY-MM-DD) or DD.MM.YYYY, timestamps as ISO with or without an offset.</summary>
public static class DateParsing
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    private static readonly string[] LocalTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm",
        "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "d.M.yyyy H:mm", "d.M.yyyy H:mm:ss", "yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd HH:mmzzz",
    ];

    public const string DateHint = "is not a date (use YYYY-MM-DD or DD.MM.YYYY)";
    public const string TimeHint = "is not a date and time (use YYYY-MM-DD HH:MM[:SS][+04:00] or DD.MM.YYYY HH:MM)";

    public static bool TryDate(string text, out DateOnly date)
    {
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)
            && dt.TimeOfDay == TimeSpan.Zero && Plausible(dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>The instant in UTC; times written without an offset are in <paramref name="zone"/>.</summary>
    public static bool TryTimestamp(string text, TimeZoneInfo zone, out DateTime utc)
    {
        utc = default;
        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            if (!Plausible(dto.UtcDateTime)) return false;
            utc = dto.UtcDateTime;
            return true;
        }
        if (!DateTime.TryParseExact(text, LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || !Plausible(local)) return false;
        if (zone != TimeZoneInfo.Utc && zone.IsInvalidTime(local)) return false;
        utc = zone == TimeZoneInfo.Utc
            ? DateTime.SpecifyKind(local, DateTimeKind.Utc)
            : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        return true;
    }

    // A CRM's dates are this side of 1900 and not centuries ahead: anything else is a typo.
    private static bool Plausible(DateTime d) => d.Year is >= 1900 and <= 2200;
}
