using Crm.Warehouse.Etl;

namespace Crm.ReportingApi.Jobs;

/// <summary>
/// The words a load is reported in, the same whether `crm etl` prints them or the service logs them for a
/// scheduled or requested load, so one grep finds a load whichever way it ran.
/// </summary>
public static class EtlMessages
{
    public static string Started(EtlOptions options) =>
        $"etl: loading the warehouse ({(options.Full ? "full rebuild" : "changes since the last load")}), asked by {options.Trigger}";

    public static string Step(EtlProgress p) =>
        $"etl: {p.Step,-5} {p.Name,-28} {p.Rows,12:N0} rows  {p.Elapsed.TotalSeconds,7:F1} s";

    public static string Live(EtlResult result) =>
        $"etl: warehouse {result.WarehousePath} is live, source as of {result.SourceSnapshotUtc:u}, " +
        $"{result.TotalRows:N0} rows in {result.Elapsed.TotalSeconds:F1} s";

    public static string Failed(string reason) => $"etl: {reason}";

    public const string Cancelled = "the load was cancelled because the service is stopping; the previous warehouse stays live";

    public static string Skipped(string trigger, WarehouseLoad? running) =>
        $"etl: the load asked by {trigger} is skipped: " +
        (running is null ? "another load was running" : $"the load asked by {running.Trigger} at {running.StartedAt:u} is still running");

    /// <summary>When the nightly load runs, for the service's start-up lines.</summary>
    public static string Schedule(EtlSchedule schedule, DateTimeOffset now) =>
        schedule.NextAfter(now) is { } next
            ? $"etl: nightly load on '{schedule.Cron}' ({schedule.TimeZone.Id}), next at " +
              $"{TimeZoneInfo.ConvertTime(next, schedule.TimeZone):yyyy-MM-dd HH:mm zzz}"
            : "etl: no nightly load (Etl:Schedule is empty); load with `crm etl` or POST /api/admin/etl";
}
