namespace Crm.Dashboards.Reports;

/// <summary>Who asks. Management sees the whole company, a department head one department, an agent the
/// customers in their own portfolio, a marketer the whole company but only the marketing reports.</summary>
public enum ReportRole
{
    Management,
    DepartmentHead,
    Agent,
    Marketer,
}
