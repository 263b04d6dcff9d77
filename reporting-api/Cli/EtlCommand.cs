using Crm.ReportingApi.Infrastructure;
using Crm.Warehouse.Etl;

namespace Crm.ReportingApi.Cli;

/// <summary>`crm etl [--full]`: load the warehouse now, moving only the changes unless --full.</summary>
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
        var progress = new Progress<EtlProgress>(p =>
            Console.WriteLine($"etl: {p.Step,-5} {p.Name,-28} {p.Rows,12:N0} rows  {p.Elapsed.TotalSeconds,7:F1} s"));
        var result = await WarehouseEtl.RunAsync(connectionString, store, options, progress, ct);
        Console.WriteLine($"etl: warehouse {result.WarehousePath} is live, source as of {result.SourceSnapshotUtc:u}, " +
                          $"{result.TotalRows:N0} rows in {result.Elapsed.TotalSeconds:F1} s");
        return result;
    }
}
