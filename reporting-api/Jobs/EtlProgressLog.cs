using Crm.Warehouse.Etl;

namespace Crm.ReportingApi.Jobs;

/// <summary>Logs each step of a load as it happens (synchronously, so the lines keep their order).</summary>
internal sealed class EtlProgressLog(ILogger log) : IProgress<EtlProgress>
{
    public void Report(EtlProgress value) => log.LogInformation("{Message}", EtlMessages.Step(value));
}
