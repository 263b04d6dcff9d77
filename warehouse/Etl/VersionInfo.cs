using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;

namespace Crm.Warehouse.Etl;

/// <summary>
/// What a warehouse version is: which run built it, the source moment it shows, from when the next load must ask
/// for changes, and a fingerprint of the models and source columns it was built with. A version whose fingerprint
/// differs from today's code cannot take changes; the load rebuilds it.
/// </summary>
internal sealed record VersionInfo(long RunId, string Kind, DateTime SourceSnapshotUtc, DateTime ChangesThroughUtc, string Fingerprint)
{
    private const string Format = "crm-warehouse-2";

    public static string FingerprintOf(IReadOnlyList<SourceTable> tables)
    {
        var text = new StringBuilder(Format);
        foreach (var model in ModelCatalog.Models) text.Append('\n').Append(model.Sql).Append('\n').Append(model.AffectedSql);
        foreach (var (_, sql) in ModelCatalog.DataTests) text.Append('\n').Append(sql);
        foreach (var table in tables)
            text.Append('\n').Append(table.Name).Append(':').AppendJoin(',', table.Columns.Select(c => c.Name + " " + c.DuckType));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The version's record, or null when the file holds no finished version of this release's making (new, a load
    /// died in it, or an earlier release wrote its record in another shape): such a file is rebuilt whole.
    /// </summary>
    public static VersionInfo? Read(DuckDBConnection duck)
    {
        if (duck.Scalar<long>("""
                select count(*) from duckdb_columns()
                where table_name = 'etl_run' and schema_name = 'main' and database_name = current_database()
                  and column_name in ('run_id', 'kind', 'source_snapshot_at', 'changes_through', 'fingerprint')
                """) < 5)
            return null;
        using var cmd = duck.CreateCommand();
        cmd.CommandText = "select run_id, kind, source_snapshot_at, changes_through, fingerprint from etl_run";
        using var reader = cmd.ExecuteReader();
        if (!reader.Read()) return null;
        return new VersionInfo(reader.GetInt64(0), reader.GetString(1), Utc(reader.GetDateTime(2)), Utc(reader.GetDateTime(3)), reader.GetString(4));
    }

    /// <summary>Written last, in the same transaction as the data, so its presence means the version is whole.</summary>
    public void Write(DuckDBConnection duck, DateTime startedUtc, IReadOnlyDictionary<string, long> rowsMoved, IReadOnlyDictionary<string, long> rowsTotal)
    {
        duck.Execute("""
            create or replace table etl_run (run_id bigint, kind varchar, started_at timestamp, finished_at timestamp,
                source_snapshot_at timestamp, changes_through timestamp, fingerprint varchar);
            create or replace table etl_table_rows (table_name varchar, row_count bigint, rows_moved bigint);
            """);
        using (var cmd = duck.CreateCommand())
        {
            cmd.CommandText = "insert into etl_run values ($run, $kind, $started, $finished, $snapshot, $through, $fingerprint)";
            cmd.Parameters.Add(new DuckDBParameter("run", RunId));
            cmd.Parameters.Add(new DuckDBParameter("kind", Kind));
            cmd.Parameters.Add(new DuckDBParameter("started", startedUtc));
            cmd.Parameters.Add(new DuckDBParameter("finished", DateTime.UtcNow));
            cmd.Parameters.Add(new DuckDBParameter("snapshot", SourceSnapshotUtc));
            cmd.Parameters.Add(new DuckDBParameter("through", ChangesThroughUtc));
            cmd.Parameters.Add(new DuckDBParameter("fingerprint", Fingerprint));
            cmd.ExecuteNonQuery();
        }
        using var appender = duck.CreateAppender("etl_table_rows");
        foreach (var (table, total) in rowsTotal)
            appender.CreateRow().AppendValue(table).AppendValue(total).AppendValue(rowsMoved.GetValueOrDefault(table)).EndRow();
    }

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}
