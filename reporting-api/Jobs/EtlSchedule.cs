using Crm.ReportingApi.Infrastructure;
using Quartz;

namespace Crm.ReportingApi.Jobs;

/// <summary>
/// When the nightly load runs: a Quartz cron expression (Etl:Schedule) read in a time zone (Etl:TimeZone).
/// A missing schedule means the default; an empty one means no nightly load.
/// </summary>
public sealed record EtlSchedule(string? Cron, TimeZoneInfo TimeZone)
{
    public const string DefaultCron = "0 0 2 * * ?";
    public const string DefaultTimeZone = "Asia/Yerevan";

    public bool Enabled => Cron is not null;

    /// <summary>Reads and checks the settings; throws <see cref="InvalidSettingException"/> so a typo stops the start, not the night.</summary>
    public static EtlSchedule From(IConfiguration config)
    {
        var zone = ReadTimeZone(config["Etl:TimeZone"]);
        var cron = (config["Etl:Schedule"] ?? DefaultCron).Trim();
        if (cron.Length == 0) return new EtlSchedule(null, zone);

        CronExpression expression;
        try
        {
            expression = new CronExpression(cron) { TimeZone = zone };
        }
        catch (FormatException e)
        {
            throw new InvalidSettingException("Etl:Schedule", $"'{cron}' is not a Quartz cron expression ({e.Message}). " +
                "It has six or seven fields, seconds first: '0 0 2 * * ?' loads every night at 02:00; " +
                "an empty value turns the nightly load off.");
        }
        // Quartz would refuse such a trigger only when the scheduler starts, with a less helpful message.
        if (expression.GetNextValidTimeAfter(DateTimeOffset.UtcNow) is null)
            throw new InvalidSettingException("Etl:Schedule", $"'{cron}' never fires (a date that does not exist, or one in the past).");
        return new EtlSchedule(cron, zone);
    }

    /// <summary>The next time the schedule fires after <paramref name="after"/>; null when there is no nightly load.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) =>
        Cron is null ? null : new CronExpression(Cron) { TimeZone = TimeZone }.GetNextValidTimeAfter(after);

    private static TimeZoneInfo ReadTimeZone(string? configured)
    {
        var id = string.IsNullOrWhiteSpace(configured) ? DefaultTimeZone : configured.Trim();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InvalidSettingException("Etl:TimeZone", $"'{id}' is not a time zone this machine knows (use an IANA name such as {DefaultTimeZone}).");
        }
    }
}
