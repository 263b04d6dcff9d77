using Crm.Warehouse.Store;
using DuckDB.NET.Data;

namespace Crm.Dashboards.Reports.Funnel;

/// <summary>The sales funnel: rpt_funnel.sql run for a period and a scope.</summary>
public static class FunnelReport
{
    public const string Name = "funnel";
    private static readonly string Sql = ReportSql.Load("rpt_funnel");

    public static IReadOnlyList<FunnelRow> Run(WarehouseStore store, FunnelFilter filter, ReportScope scope)
    {
        using var conn = store.OpenRead();
        return Run(conn, filter, scope);
    }

    /// <summary>On an open warehouse connection, so a caller can read more from the same version.</summary>
    public static IReadOnlyList<FunnelRow> Run(DuckDBConnection conn, FunnelFilter filter, ReportScope scope)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = Sql;
        cmd.Parameters.Add(new DuckDBParameter("date_from", filter.From));
        cmd.Parameters.Add(new DuckDBParameter("date_to", filter.To));
        cmd.Parameters.Add(new DuckDBParameter("department_id", scope.DepartmentId));
        cmd.Parameters.Add(new DuckDBParameter("agent_id", scope.AgentId));
        using var reader = cmd.ExecuteReader();
        var rows = new List<FunnelRow>();
        while (reader.Read())
        {
            rows.Add(new FunnelRow(
                SortOrder: reader.GetInt32(reader.GetOrdinal("sort_order")),
                Stage: reader.GetString(reader.GetOrdinal("stage_code")),
                NameHy: reader.GetString(reader.GetOrdinal("name_hy")),
                NameEn: reader.GetString(reader.GetOrdinal("name_en")),
                NameRu: reader.GetString(reader.GetOrdinal("name_ru")),
                Deals: reader.GetInt64(reader.GetOrdinal("deals")),
                Amount: reader.GetDecimal(reader.GetOrdinal("amount")),
                ConversionFromPrevious: reader.IsDBNull(reader.GetOrdinal("conversion_from_previous"))
                    ? null : reader.GetDouble(reader.GetOrdinal("conversion_from_previous")),
                ConversionFromStart: reader.GetDouble(reader.GetOrdinal("conversion_from_start"))));
        }
        return rows;
    }
}
