namespace Crm.Dashboards.Reports.Predictions;

/// <summary>Customers likeliest to leave, with the model's reasons: rpt_churn_risk.sql over the nightly scores.</summary>
public sealed class ChurnRiskReport : IReport
{
    public const string Name = "churn_risk";

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Հաճախորդների կորստի ռիսկ", "Churn risk", "Риск ухода клиентов"),
        "Customers who have bought and are not lost, by the probability (calibrated, from the nightly churn model) that "
        + "they are lost within the model's horizon, likeliest first, with the three reasons that raise it most (in "
        + "Armenian, English and Russian). Empty until a load has run the models.",
        [
            new ReportParameter("min_probability", ParameterKind.Integer, "min_probability", "only customers at least this likely to leave, in percent")
            {
                Default = "0", Min = 0, Max = 100,
            },
            ReportParameter.Department,
            ReportParameter.Agent,
            ReportParameter.Segment,
            ReportParameter.Limit,
        ],
        [
            new("customer_id", ColumnKind.Integer, "the root customer"),
            new("customer_name", ColumnKind.Text),
            new("owner_agent_id", ColumnKind.Integer, "the current owner"),
            new("owner_name", ColumnKind.Text),
            new("segment", ColumnKind.Text),
            new("churn_probability", ColumnKind.Share, "probability of being lost within horizon_days of scored_at"),
            new("risk_band", ColumnKind.Text, "high (from 50%), medium (from 20%) or low"),
            new("reason_1_hy", ColumnKind.Text, "what raises the risk most, in Armenian"),
            new("reason_1_en", ColumnKind.Text, "what raises the risk most, in English"),
            new("reason_1_ru", ColumnKind.Text, "what raises the risk most, in Russian"),
            new("reason_2_hy", ColumnKind.Text),
            new("reason_2_en", ColumnKind.Text),
            new("reason_2_ru", ColumnKind.Text),
            new("reason_3_hy", ColumnKind.Text),
            new("reason_3_en", ColumnKind.Text),
            new("reason_3_ru", ColumnKind.Text),
            new("days_since_last_sale", ColumnKind.Days),
            new("days_since_last_contact", ColumnKind.Days),
            new("revenue_365d", ColumnKind.Money, "bought in the year before scored_at"),
            new("model_version", ColumnKind.Text),
            new("scored_at", ColumnKind.Timestamp, "the warehouse's as-of time the scores were computed at"),
        ]);

    private ChurnRiskReport() { }
}
