using System.Diagnostics;
using Npgsql;

namespace Crm.Warehouse.Etl;

/// <summary>
/// What reading the source costs alone: the same binary COPY queries a full load issues, every value decoded
/// and dropped. The benchmark holds a full load against it.
/// </summary>
public static class SourceReadBaseline
{
    public static async Task<(long Rows, TimeSpan Elapsed)> ReadAllAsync(string connectionString, CancellationToken ct = default)
    {
        await using var snapshot = await SourceSnapshot.OpenAsync(connectionString, ct);
        var tables = await SourceCatalog.ReadAsync(snapshot.Connection, ct);
        var clock = Stopwatch.StartNew();
        long rows = 0;
        foreach (var table in tables)
        {
            var readers = table.Columns.Select(c => c.Reader).ToArray();
            using var exporter = snapshot.Connection.BeginBinaryExport(
                $"copy (select {table.ColumnList} from \"{table.Name}\") to stdout (format binary)");
            while (exporter.StartRow() != -1)
            {
                foreach (var read in readers) read(exporter);
                rows++;
            }
        }
        return (rows, clock.Elapsed);
    }
}
