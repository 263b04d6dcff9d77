using Crm.Dashboards.Localization;
using DuckDB.NET.Data;

namespace Crm.Dashboards.Maps;

/// <summary>Reads the choices of the map's filters from the warehouse's dimensions.</summary>
public static class MapFilterOptionsQuery
{
    private const string Departments = """
        select department_id::varchar, department_name from dim_department
        where department_id <> -1 and not is_deleted order by department_name, department_id
        """;

    // Agents who left own no customers any more; one still chosen in the filter stays listed.
    private const string Agents = """
        select agent_id::varchar, agent_name from dim_agent
        where agent_id <> -1 and not is_deleted and (is_active or agent_id = $agent_id) order by agent_name, agent_id
        """;

    private const string Sources = """
        select source_code, case $language when 'hy' then name_hy when 'ru' then name_ru else name_en end
        from dim_source where source_code <> '-1' order by source_code
        """;

    private const string Segments = """
        select distinct segment, segment from dim_customer where is_current and customer_id <> -1 order by segment
        """;

    public static MapFilterOptions Run(DuckDBConnection conn, MapFilter filter, Language language, MapTexts texts) => new(
        Read(conn, Departments),
        Read(conn, Agents, ("agent_id", filter.Report.Values.GetValueOrDefault("agent_id"))),
        Read(conn, Sources, ("language", language.Code())),
        Read(conn, Segments).Select(o => o with { Label = texts.SegmentName(o.Value) }).ToList());

    private static List<MapOption> Read(DuckDBConnection conn, string sql, params (string Name, object? Value)[] parameters)
    {
        using DuckDBCommand cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.Add(new DuckDBParameter(name, value));
        using var reader = cmd.ExecuteReader();
        List<MapOption> options = [];
        while (reader.Read())
            options.Add(new MapOption(reader.GetString(0), reader.IsDBNull(1) ? reader.GetString(0) : reader.GetString(1)));
        return options;
    }
}
