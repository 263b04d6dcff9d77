using Crm.Dashboards.Localization;
using DuckDB.NET.Data;

namespace Crm.Dashboards.Reports;

/// <summary>
/// The values a report's filter selects offer, read from the warehouse's dimensions. Departments and agents are cut to
/// the reader's scope: an agent is offered only themselves and their department, a department head only theirs.
/// </summary>
public static class FilterOptions
{
    private static readonly Dictionary<ParameterKind, string> Queries = new()
    {
        [ParameterKind.Department] = """
            select department_id::varchar, department_name, department_name, department_name from dim_department
            where department_id <> -1 and not is_deleted
              and ($scope_department_id is null or department_id = $scope_department_id)
              and ($scope_agent_id is null or department_id = (select department_id from dim_agent where agent_id = $scope_agent_id))
            order by department_name, department_id
            """,
        [ParameterKind.Agent] = """
            select agent_id::varchar, agent_name, agent_name, agent_name from dim_agent
            where agent_id <> -1 and not is_deleted
              and ($scope_department_id is null or department_id = $scope_department_id)
              and ($scope_agent_id is null or agent_id = $scope_agent_id)
            order by agent_name, agent_id
            """,
        [ParameterKind.Region] = "select region_key, region_name, region_name, region_name from dim_region where region_key <> '-1' order by region_name",
        [ParameterKind.Source] = "select source_code, name_hy, name_en, name_ru from dim_source where source_code <> '-1' order by source_code",
        [ParameterKind.Campaign] = """
            select campaign_id::varchar, campaign_name, campaign_name, campaign_name from dim_campaign
            where campaign_id <> -1 and not is_deleted order by starts_on desc nulls last, campaign_name
            """,
        [ParameterKind.Partner] = """
            select partner_id::varchar, partner_name, partner_name, partner_name from dim_partner
            where partner_id <> -1 and not is_deleted order by partner_name
            """,
        [ParameterKind.Segment] = """
            select segment, segment, segment, segment from dim_customer
            where customer_id <> -1 and segment <> 'unknown' group by segment order by segment
            """,
        [ParameterKind.Category] = """
            select category_code, any_value(category_name_hy), any_value(category_name_en), any_value(category_name_ru) from dim_product
            where product_id <> -1 group by category_code order by category_code
            """,
        [ParameterKind.City] = """
            select city, city, city, city from dim_customer
            where is_current and customer_id <> -1 and city is not null and region_key <> '-1' group by city order by city
            """,
    };

    public static bool Lists(ParameterKind kind) => Queries.ContainsKey(kind);

    /// <summary>The options of every listed kind among <paramref name="parameters"/>, labelled in <paramref name="language"/>.</summary>
    public static IReadOnlyDictionary<ParameterKind, IReadOnlyList<FilterOption>> Load(DuckDBConnection conn,
        IEnumerable<ReportParameter> parameters, ReportScope scope, Language language)
    {
        var options = new Dictionary<ParameterKind, IReadOnlyList<FilterOption>>();
        foreach (var kind in parameters.Select(p => p.Kind).Distinct().Where(Lists))
            options[kind] = Read(conn, kind, scope, language);
        return options;
    }

    private static List<FilterOption> Read(DuckDBConnection conn, ParameterKind kind, ReportScope scope, Language language)
    {
        var sql = Queries[kind];
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        foreach (var name in ReportRunner.ParameterNames(sql))
            cmd.Parameters.Add(new DuckDBParameter(name, name == "scope_agent_id" ? scope.AgentId : scope.DepartmentId));
        using var reader = cmd.ExecuteReader();
        var list = new List<FilterOption>();
        while (reader.Read())
        {
            var value = reader.GetString(0);
            var label = reader.IsDBNull(1 + (int)language) ? value : reader.GetString(1 + (int)language);
            list.Add(new FilterOption(value, kind == ParameterKind.Segment ? Labels.Value("segment", value, language) : label));
        }
        return list;
    }
}
