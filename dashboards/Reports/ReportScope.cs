using Crm.Dashboards.Localization;

namespace Crm.Dashboards.Reports;

/// <summary>
/// Whose data a report runs over. Every report query takes it as $scope_department_id and $scope_agent_id; a
/// scheduled report uses its recipient's scope, never an administrator's.
/// </summary>
public sealed record ReportScope(ReportRole Role, long? DepartmentId, long? AgentId, string Label)
{
    public static ReportScope All { get; } = new(ReportRole.Management, null, null, "all");
    public static ReportScope Marketing { get; } = new(ReportRole.Marketer, null, null, "marketing");
    public static ReportScope Department(long id) => new(ReportRole.DepartmentHead, id, null, $"department {id}");

    /// <summary>An agent's portfolio: the customers the agent owns now, with all their history (handed-over ones included).</summary>
    public static ReportScope Agent(long id) => new(ReportRole.Agent, null, id, $"agent {id}");

    /// <summary>What a reader sees as the scope; departments and agents get their names with the login work.</summary>
    public string Describe(Texts texts) => this == All ? texts.WholeCompany : Label;
}
