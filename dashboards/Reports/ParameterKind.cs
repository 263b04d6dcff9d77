namespace Crm.Dashboards.Reports;

/// <summary>
/// What a report parameter holds. The filter kinds name a warehouse member (a department, an agent...): a value
/// the warehouse does not know is refused with 400 rather than quietly giving an empty report.
/// </summary>
public enum ParameterKind
{
    Date,
    Department,
    Agent,
    Region,
    Source,
    Campaign,
    Partner,
    Segment,
    Category,
    City,
    Integer,
    Choice,
}
