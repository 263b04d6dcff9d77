using Crm.Warehouse.Etl;
using Quartz;

namespace Crm.ReportingApi.Jobs;

/// <summary>The nightly load: moves what changed since the last load. Its outcome is logged by <see cref="WarehouseLoads"/>.</summary>
[DisallowConcurrentExecution]
public sealed class WarehouseLoadJob(WarehouseLoads loads, ILogger<WarehouseLoadJob> log) : IJob
{
    /// <summary>The <see cref="EtlOptions.Trigger"/> of a scheduled load, as the journal records it.</summary>
    public const string Trigger = "schedule";

    public static readonly JobKey Key = new("warehouse-load", "etl");

    public async Task Execute(IJobExecutionContext context)
    {
        var load = await loads.TryRunAsync(new EtlOptions { Trigger = Trigger }, context.CancellationToken);
        if (load is null)
            log.LogWarning("{Message}", EtlMessages.Skipped(Trigger, loads.Current));
    }
}
