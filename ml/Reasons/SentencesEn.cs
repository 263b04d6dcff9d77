namespace Crm.Ml.Reasons;

/// <summary>The reasons in English.</summary>
internal sealed class SentencesEn : Sentences
{
    protected override string ThousandsSeparator => ",";
    protected override string DecimalSeparator => ".";
    protected override string Currency => "AMD";

    public override IReadOnlyDictionary<string, Func<Func<string, float>, string>> Churn { get; }

    public SentencesEn() => Churn = new Dictionary<string, Func<Func<string, float>, string>>
    {
        ["tenure_days"] = v => $"customer for {N(v("tenure_days"))} days",
        ["days_since_last_sale"] = v => $"no purchase for {N(v("days_since_last_sale"))} days",
        ["sales_total"] = v => $"{N(v("sales_total"))} purchases in all",
        ["sales_365d"] = v => $"{N(v("sales_365d"))} purchases in the last year",
        ["sales_90d"] = v => $"{N(v("sales_90d"))} purchases in the last 90 days",
        ["sales_prev_90d"] = v => $"{N(v("sales_prev_90d"))} purchases in the 90 days before the last 90",
        ["revenue_total"] = v => $"{Money(v("revenue_total"))} bought in all",
        ["revenue_365d"] = v => $"{Money(v("revenue_365d"))} bought in the last year",
        ["average_sale"] = v => $"average purchase {Money(v("average_sale"))}",
        ["days_since_last_contact"] = v => $"no contact for {N(v("days_since_last_contact"))} days",
        ["contacts_90d"] = v => $"{N(v("contacts_90d"))} contacts in the last 90 days (was {N(v("contacts_prev_90d"))} in the 90 before)",
        ["contacts_prev_90d"] = v => $"{N(v("contacts_prev_90d"))} contacts in the 90 days before the last 90",
        ["contacts_365d"] = v => $"{N(v("contacts_365d"))} contacts in the last year",
        ["contact_trend"] = v => $"contact fading: {N(v("contacts_90d"))} in the last 90 days against {N(v("contacts_365d") / 4)} a quarter over the year",
        ["inbound_180d"] = v => $"{N(v("inbound_180d"))} calls or inquiries from the customer in half a year",
        ["inquiries_365d"] = v => $"{N(v("inquiries_365d"))} inquiries in the last year",
        ["complaints_365d"] = v => $"{N(v("complaints_365d"))} complaints (bad meetings, refunds) in the last year",
        ["tasks_90d"] = v => $"{N(v("tasks_90d"))} tasks in the last 90 days",
        ["days_since_last_payment"] = v => $"no payment for {N(v("days_since_last_payment"))} days",
        ["paid_365d"] = v => $"{Money(v("paid_365d"))} paid in the last year",
        ["payment_trend"] = v => $"payments falling: last quarter at {Percent(v("payment_trend"))} of the year's quarterly average",
        ["payment_delay_days"] = v => $"pays {N(v("payment_delay_days"))} days late on average",
        ["late_payments_365d"] = v => $"{N(v("late_payments_365d"))} payments more than a week late in the last year",
        ["unpaid_share"] = v => $"{Percent(v("unpaid_share"))} of purchases unpaid",
        ["open_deals"] = v => $"{N(v("open_deals"))} open deals",
        ["lost_deals_180d"] = v => $"{N(v("lost_deals_180d"))} deals lost in half a year",
        ["won_deals_365d"] = v => $"{N(v("won_deals_365d"))} deals won in the last year",
        ["owner_changes_365d"] = v => $"changed hands {N(v("owner_changes_365d"))} times in the last year",
        ["distinct_products"] = v => $"buys {N(v("distinct_products"))} different products",
        ["distinct_categories"] = v => $"buys from {N(v("distinct_categories"))} categories",
        ["is_company"] = v => v("is_company") > 0 ? "a company" : "a private customer",
        ["segment_vip"] = v => v("segment_vip") > 0 ? "VIP segment" : "not in the VIP segment",
        ["segment_corporate"] = v => v("segment_corporate") > 0 ? "corporate segment" : "not in the corporate segment",
        ["segment_smb"] = v => v("segment_smb") > 0 ? "SMB segment" : "not in the SMB segment",
    };

    public override string CrossSell(string first, string then, double lift, double confidence) =>
        $"customers who bought {first} also bought {then}: {Decimal(lift)}× more likely ({Percent(confidence)} of them did)";

    public override string Popular(string category) => $"popular with customers who buy {category} as this customer does";

    public override string Upsell(UpsellFacts f) =>
        $"buys {f.Category} regularly ({N(f.Purchases)} purchases, {Money(f.Spend)} in the last year), {Tier(f.TopTier)} tier so far: " +
        $"{f.Product} is {Tier(f.Tier)}, {Money(f.Margin)} margin a unit against {N(f.UsualMargin)} now";

    public override string Pick(Localized text) => text.En;

    public override string Tier(string tier) => tier;
}
