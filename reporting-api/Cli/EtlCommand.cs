using Crm.ReportingApi.Infrastructure;
using Crm.ReportingApi.Jobs;
using Crm.Warehouse.Etl;

namespace Crm.ReportingApi.Cli;

/// <summary>`crm etl [--full]`: load the warehouse now, moving only the changes unless --full.</summary>
/// <remarks>It prints the lines the service logs for its scheduled and requested loads (<see cref="EtlMessages"/>).</remarks>
public static class EtlCommand
{
    public static async Task<int> RunAsync(IConfiguration config, string[] options, CancellationToken ct)
    {
        await using var database = await OperationalDatabase.OpenAsync(config, ct);
        await LoadAsync(database.ConnectionString, config, new EtlOptions { Full = options.Contains("--full"), Trigger = "cli" }, ct);
        return 0;
    }

    public static async Task<EtlResult> LoadAsync(string connectionString, IConfiguration config, EtlOptions options, CancellationToken ct)
    {
        var store = WarehouseLocation.From(config);
        options = options with { Enrichments = MlSettings.Enrichments(config, store) };
        Console.WriteLine(EtlMessages.Started(options));
        var result = await WarehouseEtl.RunAsync(connectionString, store, options, new EtlProgressLines(), ct);
        Console.WriteLine(EtlMessages.Live(result));
        return result;
    }
}
