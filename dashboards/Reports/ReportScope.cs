namespace Crm.Dashboards.Reports;

/// <summary>
/// Whose data a report runs over. Every report query takes it; a scheduled report uses its recipient's
/// scope, never an administrator's.
/// </summary>
public sealed record ReportScope(long? DepartmentId, long? AgentId, string Label)
{
    public static ReportScope All { get; } = new(null, null, "all");
    public static ReportScope Department(long id) => new(id, null, $"department {id}");
    public static ReportScope Agent(long id) => new(null, id, $"agent {id}");
}
