namespace Crm.Dashboards.Reports.Predictions;

/// <summary>Cross-sell and upsell suggestions with the sentence to say: rpt_suggestions.sql over the nightly suggestions.</summary>
public sealed class SuggestionsReport : IReport
{
    public const string Name = "suggestions";

    public static ReportParameter Kind { get; } = new("kind", ParameterKind.Choice, "kind", "cross_sell or upsell (default: both)")
    {
        Choices = ["cross_sell", "upsell"],
    };

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Խաչաձև և լրացուցիչ վաճառքի առաջարկներ", "Cross-sell and upsell suggestions", "Предложения кросс-продаж и допродаж"),
        "Per customer, products to offer: cross-sell (not bought yet, from association rules over purchase histories, "
        + "with the rule's confidence and lift) and upsell (a higher tier or better margin product in a category the "
        + "customer buys regularly), each with a reason an agent can say aloud in Armenian, English or Russian. Empty "
        + "until a load has run the models.",
        [Kind, ReportParameter.Department, ReportParameter.Agent, ReportParameter.Category, ReportParameter.Limit],
        [
            new("customer_id", ColumnKind.Integer, "the root customer"),
            new("customer_name", ColumnKind.Text),
            new("owner_agent_id", ColumnKind.Integer, "the current owner"),
            new("owner_name", ColumnKind.Text),
            new("kind", ColumnKind.Text, "cross_sell or upsell"),
            new("suggestion_rank", ColumnKind.Integer, "1 = the strongest of its kind for the customer"),
            new("product_id", ColumnKind.Integer),
            new("product_name", ColumnKind.Text),
            new("category_code", ColumnKind.Text),
            new("reason_hy", ColumnKind.Text, "the sentence to say, in Armenian"),
            new("reason_en", ColumnKind.Text, "the sentence to say, in English"),
            new("reason_ru", ColumnKind.Text, "the sentence to say, in Russian"),
            new("confidence", ColumnKind.Share, "cross-sell: the share of the rule's first product's buyers who went on to buy this one"),
            new("lift", ColumnKind.Number, "cross-sell: how many times likelier than buying it at all"),
            new("model_version", ColumnKind.Text),
            new("customer_revenue", ColumnKind.Money, "the customer's purchases so far: the order of the list"),
        ]);

    private SuggestionsReport() { }
}
