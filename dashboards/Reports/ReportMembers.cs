using DuckDB.NET.Data;

namespace Crm.Dashboards.Reports;

/// <summary>
/// Checks that the members a filter names exist in the warehouse: an unknown department is a mistake to report
/// (400), not a reason to answer with an empty table.
/// </summary>
public static class ReportMembers
{
    private static readonly Dictionary<ParameterKind, (string Sql, string Noun)> Lookups = new()
    {
        [ParameterKind.Department] = ("select count(*) from dim_department where department_id = $v and department_id <> -1", "department"),
        [ParameterKind.Agent] = ("select count(*) from dim_agent where agent_id = $v and agent_id <> -1", "agent"),
        [ParameterKind.Region] = ("select count(*) from dim_region where region_key = $v and region_key <> '-1'", "region"),
        [ParameterKind.Source] = ("select count(*) from dim_source where source_code = $v and source_code <> '-1'", "source"),
        [ParameterKind.Campaign] = ("select count(*) from dim_campaign where campaign_id = $v and campaign_id <> -1", "campaign"),
        [ParameterKind.Partner] = ("select count(*) from dim_partner where partner_id = $v and partner_id <> -1", "partner"),
        [ParameterKind.Segment] = ("select count(*) from (select 1 from dim_customer where segment = $v limit 1)", "segment"),
        [ParameterKind.City] = ("select count(*) from (select 1 from dim_customer where city = $v limit 1)", "town"),
        [ParameterKind.Category] = ("select count(*) from (select 1 from dim_product where category_code = $v limit 1)", "product category"),
    };

    /// <summary>One message per filter value the warehouse does not know; empty when all are known.</summary>
    public static List<string> Unknown(DuckDBConnection conn, ReportArguments args)
    {
        var errors = new List<string>();
        foreach (var p in args.Report.Parameters)
        {
            if (!Lookups.TryGetValue(p.Kind, out var lookup) || args.Values.GetValueOrDefault(p.SqlName) is not { } value) continue;
            using var cmd = conn.CreateCommand();
            cmd.CommandText = lookup.Sql;
            cmd.Parameters.Add(new DuckDBParameter("v", value));
            if (Convert.ToInt64(cmd.ExecuteScalar()) == 0) errors.Add($"'{p.Name}': there is no {lookup.Noun} '{value}'");
        }
        return errors;
    }
}
