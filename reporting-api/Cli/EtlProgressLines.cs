using Crm.ReportingApi.Jobs;
using Crm.Warehouse.Etl;

namespace Crm.ReportingApi.Cli;

/// <summary>Prints each step of a load as it happens (synchronously, so the lines keep their order).</summary>
internal sealed class EtlProgressLines : IProgress<EtlProgress>
{
    public void Report(EtlProgress value) => Console.WriteLine(EtlMessages.Step(value));
}
