namespace Crm.Dashboards.Reports;

/// <summary>How a result column is meant to be read and shown: money in AMD, a share 0..1, a count...</summary>
public enum ColumnKind
{
    Text,
    Integer,
    Number,
    Money,
    Share,
    Date,
    Timestamp,
    Days,
}
