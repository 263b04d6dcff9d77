namespace Crm.Dashboards.Reports;

/// <summary>
/// A query-string parameter of a report and the SQL parameter it binds (<see cref="SqlName"/>, as $name in the
/// report's .sql). A missing filter binds NULL, which the SQL reads as "any".
/// </summary>
public sealed record ReportParameter(string Name, ParameterKind Kind, string SqlName, string Description)
{
    /// <summary>The value used when the query string has none; null leaves the filter open.</summary>
    public string? Default { get; init; }
    public int Min { get; init; } = int.MinValue;
    public int Max { get; init; } = int.MaxValue;
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>As a date's <see cref="Default"/> (or its value): the day the report is run, e.g. a snapshot's "as of".</summary>
    public const string Today = "today";

    // The filters every report may offer, under the same names everywhere.
    public static ReportParameter From { get; } = new("from", ParameterKind.Date, "date_from", "first day of the period, yyyy-MM-dd (default: 12 months before 'to')");
    public static ReportParameter To { get; } = new("to", ParameterKind.Date, "date_to", "last day of the period, yyyy-MM-dd (default: today)");
    public static ReportParameter Department { get; } = new("department", ParameterKind.Department, "department_id", "department id");
    public static ReportParameter Agent { get; } = new("agent", ParameterKind.Agent, "agent_id", "agent id");
    public static ReportParameter Region { get; } = new("region", ParameterKind.Region, "region_key", "region key, e.g. yerevan");
    public static ReportParameter Source { get; } = new("source", ParameterKind.Source, "source_code", "acquisition source code");
    public static ReportParameter Campaign { get; } = new("campaign", ParameterKind.Campaign, "campaign_id", "campaign id");
    public static ReportParameter Partner { get; } = new("partner", ParameterKind.Partner, "partner_id", "partner id");
    public static ReportParameter Segment { get; } = new("segment", ParameterKind.Segment, "segment", "customer segment");
    public static ReportParameter City { get; } = new("city", ParameterKind.City, "city", "town, as the customers' addresses name it");
    public static ReportParameter Category { get; } = new("category", ParameterKind.Category, "category_code", "product category code");

    /// <summary>
    /// For the reports that list customers or deals: at most this many rows, the first in the report's order. The
    /// figures (ranks, shares, scores) are computed over all of them; a page of 500 is what a screen or an e-mail
    /// shows, and an export asks for more.
    /// </summary>
    public static ReportParameter Limit { get; } = new("limit", ParameterKind.Integer, "row_limit",
        "at most this many rows, the first in the report's order") { Default = "500", Min = 1, Max = 1_000_000 };

    /// <summary>The period filter, as nearly every report takes it.</summary>
    public static IReadOnlyList<ReportParameter> Period { get; } = [From, To];
}
