namespace Crm.Dashboards.Reports.Activity;

/// <summary>Sent e-mails as a funnel (delivered, opened, clicked) with the bounces: rpt_emails.sql.</summary>
public sealed class EmailsReport : IReport
{
    public const string Name = "emails";

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Ուղարկված էլ. նամակների վերլուծություն", "Sent e-mails analysis", "Анализ отправленных писем"),
        "E-mails sent in the period by agent, month or department: how many were delivered, opened and clicked, and how many bounced.",
        ActivityGrouping.Parameters("agent", "month", "department"),
        ActivityGrouping.Columns(
            new("emails", ColumnKind.Integer, "e-mails sent"),
            new("delivered", ColumnKind.Integer, "delivered, opened or clicked: every e-mail that arrived"),
            new("opened", ColumnKind.Integer, "opened or clicked"),
            new("clicked", ColumnKind.Integer),
            new("bounced", ColumnKind.Integer),
            new("other_outcome", ColumnKind.Integer, "failed, or no outcome recorded"),
            new("delivered_rate", ColumnKind.Share, "delivered of sent"),
            new("open_rate", ColumnKind.Share, "opened of delivered"),
            new("click_rate", ColumnKind.Share, "clicked of delivered"),
            new("bounce_rate", ColumnKind.Share, "bounced of sent")),
        new ReportChart(ChartKind.Bar, "group_name", ["emails", "delivered", "opened", "clicked"]));

    private EmailsReport() { }
}
