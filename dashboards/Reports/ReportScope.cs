using Crm.Dashboards.Localization;

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

    /// <summary>What a reader sees as the scope; departments and agents get their names with the login work.</summary>
    public string Describe(Texts texts) => this == All ? texts.WholeCompany : Label;
}
