namespace Crm.Ingest.Demo;

/// <summary>
/// All time in the demo derives from AsOf: history runs three years up to it, and "now" is the evening of
/// that day. Business happens in Yerevan time (UTC+4, no daylight saving) in office hours, mostly on weekdays.
/// </summary>
internal sealed class DemoCalendar
{
    public static readonly TimeSpan YerevanOffset = TimeSpan.FromHours(4);

    public DemoCalendar(DateOnly asOf)
    {
        AsOf = asOf;
        FirstDay = asOf.AddYears(-3).AddDays(1);
        Start = Utc(FirstDay, 0);
        Now = Utc(asOf, 19.5);
    }

    public DateOnly AsOf { get; }
    public DateOnly FirstDay { get; }
    public DateTime Start { get; }
    public DateTime Now { get; }

    public static DateTime Utc(DateOnly localDate, double localHour) =>
        DateTime.SpecifyKind(localDate.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc).AddHours(localHour) - YerevanOffset;

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(utc + YerevanOffset);

    public static DateOnly MonthOf(DateOnly d) => new(d.Year, d.Month, 1);

    /// <summary>A moment in [from, to) at office hours, days drawn in proportion to the season and weekday.</summary>
    public DateTime Moment(Random r, DateTime from, DateTime to, Season? season = null)
    {
        if (to <= from) return from;
        var span = (to - from).Ticks;
        for (var attempt = 0; attempt < 16; attempt++)
        {
            var t = from.AddTicks((long)(r.NextDouble() * span));
            var day = LocalDate(t);
            var weight = Weekday(day.DayOfWeek) * (season?.Relative(day.Month) ?? 1.0);
            if (attempt < 15 && r.NextDouble() > weight) continue;
            var candidate = Seconds(Utc(day, OfficeHour(r)));
            if (candidate >= from && candidate < to) return candidate;
            // A window shorter than a working day may miss office hours entirely; then any moment will do.
            if (span < TimeSpan.TicksPerDay) return Seconds(t) < from ? from : Seconds(t);
        }
        return Seconds(from.AddTicks((long)(r.NextDouble() * span)));
    }

    /// <summary>Most work happens late morning and mid-afternoon.</summary>
    public static double OfficeHour(Random r)
    {
        var h = 9.0 + 10.0 * (r.NextDouble() + r.NextDouble()) / 2.0;
        return Math.Min(h, 19.4);
    }

    private static double Weekday(DayOfWeek d) => d switch
    {
        DayOfWeek.Sunday => 0.15,
        DayOfWeek.Saturday => 0.45,
        _ => 1.0,
    };

    private static DateTime Seconds(DateTime t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
