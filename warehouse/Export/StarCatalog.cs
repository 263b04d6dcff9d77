using DuckDB.NET.Data;

namespace Crm.Warehouse.Export;

/// <summary>
/// The tables (and views) of the star in the warehouse's main schema: dimensions (dim_*), facts (fct_*) and marts
/// (mart_*). Raw copies, staging views, temporary tables and the ETL's bookkeeping are never part of it.
/// </summary>
public static class StarCatalog
{
    private const string TablesSql = """
        select t.table_name,
               (select c.column_name
                from duckdb_columns() c
                where c.database_name = t.table_catalog and c.schema_name = t.table_schema and c.table_name = t.table_name
                  and c.data_type = 'DATE' and ends_with(c.column_name, '_date')
                order by c.column_index
                limit 1) as partition_column,
               (select count(*)
                from duckdb_columns() c
                where c.database_name = t.table_catalog and c.schema_name = t.table_schema and c.table_name = t.table_name
                  and lower(c.column_name) = $partition_name) as clashes
        from information_schema.tables t
        where t.table_catalog = current_database()
          and t.table_schema = 'main'
          and t.table_type in ('BASE TABLE', 'VIEW')
          and (starts_with(t.table_name, 'dim_') or starts_with(t.table_name, 'fct_') or starts_with(t.table_name, 'mart_'))
        order by t.table_name
        """;

    /// <summary>The name of the month column an export adds to a partitioned fact.</summary>
    public const string PartitionName = "month";

    public static IReadOnlyList<StarTable> Read(DuckDBConnection conn)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = TablesSql;
        cmd.Parameters.Add(new DuckDBParameter("partition_name", PartitionName));
        using var reader = cmd.ExecuteReader();
        var tables = new List<StarTable>();
        while (reader.Read())
        {
            var name = reader.GetString(0);
            // Only facts are split by month; one that already has a `month` column keeps it and stays whole.
            var partition = name.StartsWith("fct_") && !reader.IsDBNull(1) && reader.GetInt64(2) == 0 ? reader.GetString(1) : null;
            tables.Add(new StarTable(name, partition));
        }
        return tables;
    }

    /// <summary>The star table of exactly this name, or null: the only way a caller's name reaches a query.</summary>
    public static StarTable? Find(DuckDBConnection conn, string name) =>
        Read(conn).FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    public static long CountRows(DuckDBConnection conn, StarTable table)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = $"select count(*) from main.{table.QuotedName}";
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    public static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}
