using Crm.ReportingApi.Jobs;

namespace Crm.ReportingApi.Features.Etl;

/// <param name="Running">Whether this service is loading the warehouse now (a `crm etl` elsewhere shows in <paramref name="LastRun"/>).</param>
/// <param name="WarehouseAsOf">When the source was read for the live warehouse; null before the first load.</param>
/// <param name="LastLoad">The last load this service finished since it started.</param>
/// <param name="LastRun">The newest run in the etl_runs journal, from any process.</param>
public sealed record EtlStatusResponse(
    bool Running,
    WarehouseLoad? Current,
    DateTime? WarehouseAsOf,
    WarehouseLoad? LastLoad,
    EtlRun? LastRun);
