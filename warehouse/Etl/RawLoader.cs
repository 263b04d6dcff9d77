using System.Globalization;
using DuckDB.NET.Data;
using Npgsql;

namespace Crm.Warehouse.Etl;

/// <summary>Streams rows from PostgreSQL's binary COPY into a DuckDB appender; nothing is held in memory.</summary>
internal static class RawLoader
{
    /// <summary>The whole table into a new raw_{table}.</summary>
    public static long LoadWhole(NpgsqlConnection pg, DuckDBConnection duck, SourceTable table, CancellationToken ct)
    {
        duck.Execute($"create table \"{table.RawName}\" ({ColumnsDdl(table)})");
        return Copy(pg, duck, table, table.RawName, "", ct);
    }

    /// <summary>
    /// The rows written since <paramref name="since"/> (new, updated or soft-deleted) replace their old versions in
    /// raw_{table}; their keys are left in the temp table changed_{table} for the models' incremental queries.
    /// </summary>
    public static long MergeChanges(NpgsqlConnection pg, DuckDBConnection duck, SourceTable table, DateTime since, CancellationToken ct)
    {
        var delta = "delta_" + table.Name;
        duck.Execute($"create or replace temp table \"{delta}\" ({ColumnsDdl(table)})");
        // A timestamp we produced ourselves, not input: COPY takes no parameters.
        var literal = since.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
        var rows = Copy(pg, duck, table, delta, $" where updated_at >= '{literal}+00'::timestamptz", ct);
        duck.Execute($"""
            create or replace temp table "{table.ChangedName}" as select {table.KeyList} from "{delta}";
            delete from "{table.RawName}" r using "{delta}" d where {table.KeyMatch("r", "d")};
            insert into "{table.RawName}" select * from "{delta}";
            drop table "{delta}";
            """);
        return rows;
    }

    /// <summary>
    /// Reads a small table whole and applies only the rows that differ, so a code list edited or deleted in place
    /// (they allow hard deletes) reaches the warehouse while an unchanged one moves nothing.
    /// </summary>
    public static long ReplaceChanged(NpgsqlConnection pg, DuckDBConnection duck, SourceTable table, CancellationToken ct)
    {
        var whole = "whole_" + table.Name;
        duck.Execute($"create or replace temp table \"{whole}\" ({ColumnsDdl(table)})");
        Copy(pg, duck, table, whole, "", ct);
        duck.Execute($"""
            create or replace temp table "{table.ChangedName}" as
                select {table.KeyList} from ((select * from "{whole}" except select * from "{table.RawName}")
                                             union all
                                             (select * from "{table.RawName}" except select * from "{whole}"));
            delete from "{table.RawName}" r using "{table.ChangedName}" c where {table.KeyMatch("r", "c")};
            insert into "{table.RawName}" select w.* from "{whole}" w semi join "{table.ChangedName}" c using ({table.KeyList});
            drop table "{whole}";
            """);
        return duck.Scalar<long>($"select count(*) from (select distinct {table.KeyList} from \"{table.ChangedName}\")");
    }

    private static long Copy(NpgsqlConnection pg, DuckDBConnection duck, SourceTable table, string target, string where, CancellationToken ct)
    {
        var copiers = table.Columns.Select(c => c.Copier).ToArray();
        long rows = 0;
        using var exporter = pg.BeginBinaryExport($"copy (select {table.ColumnList} from \"{table.Name}\"{where}) to stdout (format binary)");
        using var appender = duck.CreateAppender(target);
        while (exporter.StartRow() != -1)
        {
            var row = appender.CreateRow();
            foreach (var copy in copiers) copy(exporter, row);
            row.EndRow();
            if (++rows % 100_000 == 0) ct.ThrowIfCancellationRequested();
        }
        return rows;
    }

    private static string ColumnsDdl(SourceTable table) =>
        string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\" {c.DuckType}"));
}
