using Crm.Dashboards.Reports;
using DuckDB.NET.Data;

namespace Crm.Dashboards.Maps;

/// <summary>
/// The customers of one map region (optionally one town), with the same filters as the map's figures: live root
/// customers created by the period's end, their revenue in the period counted as customers_map counts it, so a
/// region's customers add up to its row. Biggest revenue first; the total is over all of them, not only those shown.
/// </summary>
public static class MapCustomersQuery
{
    // $region_keys is the region's warehouse keys joined by '|' (keys are slugs: they never contain one).
    private const string Sql = """
        with customers as (
            select c.customer_id, c.customer_name, c.city, c.segment, c.latitude, c.longitude, c.created_at
            from dim_customer c
            where c.is_current
              and not c.is_deleted
              and c.customer_id <> -1
              and c.created_at::date <= $date_to
              and list_contains(string_split($region_keys, '|'), c.region_key)
              and ($city is null or c.city = $city)
              and ($scope_department_id is null or c.department_id = $scope_department_id)
              and ($scope_agent_id is null or c.owner_agent_id = $scope_agent_id)
              and ($department_id is null or c.department_id = $department_id)
              and ($agent_id is null or c.owner_agent_id = $agent_id)
              and ($source_code is null or c.source_code = $source_code)
              and ($segment is null or c.segment = $segment)
        ),
        revenue as (
            -- every customer's revenue in the period, joined below: at scale M this is faster than first asking which
            -- sale lines belong to the region's customers (a semi-join), even for the biggest region
            select s.customer_id, sum(s.revenue) as revenue
            from fct_sale_line s
            where s.sale_date between $date_from and $date_to
              and ($scope_department_id is null or s.department_id = $scope_department_id)
              and ($department_id is null or s.department_id = $department_id)
              and ($source_code is null or s.source_code = $source_code)
            group by s.customer_id
        )
        select c.customer_id, c.customer_name, c.city, c.segment, c.latitude, c.longitude, c.created_at,
               coalesce(r.revenue, 0) as revenue, count(*) over () as total
        from customers c
        left join revenue r on r.customer_id = c.customer_id
        order by revenue desc, c.customer_name, c.customer_id
        limit $row_limit
        """;

    private static readonly string[] FilterParameters = ["date_from", "date_to", "department_id", "agent_id", "source_code", "segment"];

    public static (IReadOnlyList<MapCustomer> Customers, long Total) Run(DuckDBConnection conn, MapFilter filter, MapRegion region, ReportScope scope)
    {
        using DuckDBCommand cmd = conn.CreateCommand();
        cmd.CommandText = Sql;
        foreach (string name in FilterParameters) cmd.Parameters.Add(new DuckDBParameter(name, filter.Report.Values.GetValueOrDefault(name)));
        cmd.Parameters.Add(new DuckDBParameter("region_keys", string.Join('|', region.WarehouseKeys)));
        cmd.Parameters.Add(new DuckDBParameter("city", filter.City));
        cmd.Parameters.Add(new DuckDBParameter("scope_department_id", scope.DepartmentId));
        cmd.Parameters.Add(new DuckDBParameter("scope_agent_id", scope.AgentId));
        cmd.Parameters.Add(new DuckDBParameter("row_limit", filter.Limit));

        List<MapCustomer> customers = [];
        long total = 0;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            GeoPoint? position = reader.IsDBNull(4) || reader.IsDBNull(5) ? null : new GeoPoint(reader.GetDouble(5), reader.GetDouble(4));
            customers.Add(new MapCustomer(reader.GetInt64(0), reader.IsDBNull(1) ? "" : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? "" : reader.GetString(3), position, reader.IsDBNull(6) ? null : reader.GetDateTime(6), Convert.ToDecimal(reader.GetValue(7))));
            total = Convert.ToInt64(reader.GetValue(8));
        }
        return (customers, total);
    }
}
