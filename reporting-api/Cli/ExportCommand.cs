using Crm.ReportingApi.Infrastructure;
using Crm.Warehouse.Export;
using Crm.Warehouse.Store;

namespace Crm.ReportingApi.Cli;

/// <summary>`crm export parquet --out DIR`: the live warehouse's star as Parquet files for Spark, Trino or pandas.</summary>
public static class ExportCommand
{
    public const int Refused = 65;
    public const int NoWarehouse = 66;

    public static Task<int> RunAsync(IConfiguration config, string[] options, CancellationToken ct) =>
        RunAsync(config, options, Console.Out, Console.Error, ct);

    public static async Task<int> RunAsync(IConfiguration config, string[] options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var args = ExportArguments.Parse(options, out var usage);
        if (args is null)
        {
            await error.WriteLineAsync($"crm export: {usage}");
            return 64;
        }
        var store = WarehouseLocation.From(config);
        try
        {
            var progress = new SynchronousProgress<ExportedTable>(t => output.WriteLine(
                $"export: {t.Name,-28} {t.Rows,12:N0} rows  {(t.PartitionColumn is null ? "" : $"{t.Months} months by {t.PartitionColumn}")}".TrimEnd()));
            // DuckDB works synchronously: off the caller's thread, so Ctrl+C can cancel it.
            var manifest = await Task.Run(() => ParquetExport.Write(store, args.OutDirectory, progress, ct), ct);
            await output.WriteLineAsync($"export: {manifest.Tables.Count} tables, {manifest.Tables.Sum(t => t.Rows):N0} rows in " +
                                        $"{Path.GetFullPath(args.OutDirectory)}, warehouse as of {manifest.WarehouseAsOfUtc:u}");
            return 0;
        }
        catch (ExportRefusedException e)
        {
            await error.WriteLineAsync($"crm export: refused: {e.Message}");
            return Refused;
        }
        catch (WarehouseNotReadyException e)
        {
            await error.WriteLineAsync($"crm export: {e.Message}");
            return NoWarehouse;
        }
    }
}
