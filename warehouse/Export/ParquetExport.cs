using Crm.Warehouse.Store;
using DuckDB.NET.Data;

namespace Crm.Warehouse.Export;

/// <summary>
/// Writes the live warehouse's star as Parquet that Spark, Trino and pandas read as it is: DIR/dim_x.parquet per
/// dimension, facts split by month in hive style (DIR/fct_x/month=2025-03/data_0.parquet), and DIR/_manifest.json.
/// Everything comes from one connection, so from one warehouse version, and DIR appears only when complete.
/// </summary>
public static class ParquetExport
{
    public static ExportManifest Write(WarehouseStore store, string directory,
        IProgress<ExportedTable>? progress = null, CancellationToken ct = default)
    {
        var folder = ExportFolder.Prepare(directory);
        try
        {
            using var conn = store.OpenRead();
            var manifest = WriteTables(conn, folder.Staging, progress, ct);
            ct.ThrowIfCancellationRequested();
            folder.Commit();
            return manifest;
        }
        catch
        {
            folder.Abandon();
            throw;
        }
    }

    private static ExportManifest WriteTables(DuckDBConnection conn, string staging, IProgress<ExportedTable>? progress, CancellationToken ct)
    {
        var asOf = WarehouseStore.AsOfUtc(conn);
        var tables = new List<ExportedTable>();
        foreach (var table in StarCatalog.Read(conn))
        {
            ct.ThrowIfCancellationRequested();
            var exported = table.PartitionColumn is null ? WriteWhole(conn, table, staging, ct) : WriteByMonth(conn, table, staging, ct);
            tables.Add(exported);
            progress?.Report(exported);
        }
        var manifest = new ExportManifest(ExportManifest.CurrentFormat, asOf, DateTime.UtcNow, tables);
        manifest.WriteTo(staging);
        return manifest;
    }

    private static ExportedTable WriteWhole(DuckDBConnection conn, StarTable table, string staging, CancellationToken ct)
    {
        var file = table.Name + ".parquet";
        Copy(conn, $"copy main.{table.QuotedName} to $path (format parquet)", Path.Combine(staging, file), ct);
        return new ExportedTable(table.Name, file, StarCatalog.CountRows(conn, table), null, null);
    }

    private static ExportedTable WriteByMonth(DuckDBConnection conn, StarTable table, string staging, CancellationToken ct)
    {
        var month = StarCatalog.QuoteIdentifier(StarCatalog.PartitionName);
        var sql = $"""
            copy (select *, strftime({StarCatalog.QuoteIdentifier(table.PartitionColumn!)}, '%Y-%m') as {month}
                  from main.{table.QuotedName})
            to $path (format parquet, partition_by ({month}))
            """;
        var folder = Path.Combine(staging, table.Name);
        Copy(conn, sql, folder, ct);
        var rows = StarCatalog.CountRows(conn, table);
        if (rows == 0)
        {
            // No rows, no partitions: one empty file keeps the folder and its schema readable by every engine.
            Directory.CreateDirectory(folder);
            Copy(conn, $"copy (select * from main.{table.QuotedName} limit 0) to $path (format parquet)",
                Path.Combine(folder, "data_0.parquet"), ct);
        }
        return new ExportedTable(table.Name, table.Name, rows, table.PartitionColumn, Directory.GetDirectories(folder).Length);
    }

    private static void Copy(DuckDBConnection conn, string sql, string path, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.Add(new DuckDBParameter("path", path));
        // A big fact takes a while to write: cancelling interrupts the statement rather than waiting for the next table.
        using var interrupt = ct.Register(cmd.Cancel);
        try
        {
            cmd.ExecuteNonQuery();
        }
        catch (DuckDBException) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException(ct);
        }
    }
}
