namespace Crm.Ingest.Handover;

/// <summary>
/// Dates of a handover are Yerevan dates: the company works there, and the demo's own leavers hand over at the
/// start of their leave day in Yerevan time, so a handover "on D" means D 00:00 Asia/Yerevan.
/// </summary>
public static class HandoverCalendar
{
    public const string TimeZoneId = "Asia/Yerevan";

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary>PostgreSQL keeps microseconds; a moment rounded to them reads back equal.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset at) =>
        new DateTimeOffset(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);
}
