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

    /// <summary>rpt_funnel.sql with the period and the scope bound: for callers that want the raw result (Arrow).</summary>
    public static ReportQuery Query(FunnelFilter filter, ReportScope scope) => new(Name, Sql,
    [
        new("date_from", filter.From),
        new("date_to", filter.To),
        new("department_id", scope.DepartmentId),
        new("agent_id", scope.AgentId),
    ]);

    /// <summary>On an open warehouse connection, so a caller can read more from the same version.</summary>
    public static IReadOnlyList<FunnelRow> Run(DuckDBConnection conn, FunnelFilter filter, ReportScope scope)
    {
        using var cmd = Query(filter, scope).CreateCommand(conn);
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
