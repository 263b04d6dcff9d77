using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using DuckDB.NET.Data;

namespace Crm.Dashboards.Composition;

/// <summary>Whose figures a page shows, in words of its language: the whole company, a department or an agent by name.</summary>
public static class ScopeNames
{
    public static string Describe(DuckDBConnection conn, ReportScope scope, Language language)
    {
        var words = PageTexts.For(language);
        return scope switch
        {
            { AgentId: { } agent } => $"{words.Agent}: {Name(conn, "select agent_name from dim_agent where agent_id = $id", agent)}",
            { DepartmentId: { } department } =>
                $"{words.Department}: {Name(conn, "select department_name from dim_department where department_id = $id", department)}",
            { Role: ReportRole.Marketer } => words.Marketing,
            _ => Texts.For(language).WholeCompany,
        };
    }

    public static string AgentName(DuckDBConnection conn, long agentId) =>
        Name(conn, "select agent_name from dim_agent where agent_id = $id", agentId);

    private static string Name(DuckDBConnection conn, string sql, long id)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.Add(new DuckDBParameter("id", id));
        return cmd.ExecuteScalar() as string ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
