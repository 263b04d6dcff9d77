using DuckDB.NET.Data;
using Npgsql;

namespace Crm.Warehouse.Etl;

/// <summary>Streams one table from PostgreSQL's binary COPY into a DuckDB appender; nothing is held in memory.</summary>
internal static class RawLoader
{
    public static long Load(NpgsqlConnection pg, DuckDBConnection duck, SourceTable table, CancellationToken ct)
    {
        var columnsDdl = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\" {c.DuckType}"));
        using (var create = duck.CreateCommand())
        {
            create.CommandText = $"create table \"{table.RawName}\" ({columnsDdl})";
            create.ExecuteNonQuery();
        }

        var select = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        var copiers = table.Columns.Select(c => c.Copier).ToArray();
        long rows = 0;
        using var exporter = pg.BeginBinaryExport($"copy (select {select} from \"{table.Name}\") to stdout (format binary)");
        using var appender = duck.CreateAppender(table.RawName);
        while (exporter.StartRow() != -1)
        {
            var row = appender.CreateRow();
            foreach (var copy in copiers) copy(exporter, row);
            row.EndRow();
            if (++rows % 100_000 == 0) ct.ThrowIfCancellationRequested();
        }
        return rows;
    }
}
