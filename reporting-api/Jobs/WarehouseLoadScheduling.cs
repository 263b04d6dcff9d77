using Crm.Warehouse.Store;
using Quartz;

namespace Crm.ReportingApi.Jobs;

public static class WarehouseLoadScheduling
{
    /// <summary>
    /// Registers <see cref="WarehouseLoads"/> over the operational store and the warehouse, the load job, and its
    /// cron trigger when <paramref name="schedule"/> has one. The job is registered either way, so that it can be
    /// triggered by hand through Quartz's <see cref="ISchedulerFactory"/>.
    /// </summary>
    public static IServiceCollection AddWarehouseLoads(this IServiceCollection services, EtlSchedule schedule, string sourceConnectionString,
        IReadOnlyList<Crm.Warehouse.Etl.IWarehouseEnrichment>? enrichments = null)
    {
        services.AddSingleton(schedule);
        services.AddSingleton(sp => new WarehouseLoads(sourceConnectionString, sp.GetRequiredService<WarehouseStore>(),
            sp.GetRequiredService<ILogger<WarehouseLoads>>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IHostApplicationLifetime>(), enrichments));
        services.AddQuartz(q =>
        {
            // Quartz keeps schedulers in a process-wide registry by name, and a process may host several apps (tests do).
            q.SchedulerName = $"crm-{Guid.NewGuid():N}";
            q.AddJob<WarehouseLoadJob>(WarehouseLoadJob.Key, job => job.StoreDurably());
            if (schedule.Cron is { } cron)
            {
                q.AddTrigger(trigger => trigger
                    .WithIdentity("nightly", WarehouseLoadJob.Key.Group)
                    .ForJob(WarehouseLoadJob.Key)
                    // A night missed while the service was busy or down is not made up: the next night loads it all.
                    .WithCronSchedule(cron, c => c.InTimeZone(schedule.TimeZone).WithMisfireHandlingInstructionDoNothing()));
            }
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHostedService<QuartzLogAttachment>();
        return services;
    }
}
