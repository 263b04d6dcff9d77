using System.Globalization;

namespace Crm.Ml.Churn;

/// <summary>
/// A feature that raises a customer's churn risk, said the way an agent would say it, with the customer's own
/// figures (every feature of churn_features.sql has a sentence; a feature without one is named as it is).
/// </summary>
public static class ChurnReasons
{
    private static readonly Dictionary<string, Func<Func<string, float>, string>> Sentences = new()
    {
        ["tenure_days"] = v => $"customer for {N(v("tenure_days"))} days",
        ["days_since_last_sale"] = v => $"no purchase for {N(v("days_since_last_sale"))} days",
        ["sales_total"] = v => $"{N(v("sales_total"))} purchases in all",
        ["sales_365d"] = v => $"{N(v("sales_365d"))} purchases in the last year",
        ["sales_90d"] = v => $"{N(v("sales_90d"))} purchases in the last 90 days",
        ["sales_prev_90d"] = v => $"{N(v("sales_prev_90d"))} purchases in the 90 days before the last 90",
        ["revenue_total"] = v => $"{M(v("revenue_total"))} AMD bought in all",
        ["revenue_365d"] = v => $"{M(v("revenue_365d"))} AMD bought in the last year",
        ["average_sale"] = v => $"average purchase {M(v("average_sale"))} AMD",
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
        ["paid_365d"] = v => $"{M(v("paid_365d"))} AMD paid in the last year",
        ["payment_trend"] = v => $"payments falling: last quarter at {v("payment_trend") * 100:0}% of the year's quarterly average",
        ["payment_delay_days"] = v => $"pays {N(v("payment_delay_days"))} days late on average",
        ["late_payments_365d"] = v => $"{N(v("late_payments_365d"))} payments more than a week late in the last year",
        ["unpaid_share"] = v => $"{v("unpaid_share") * 100:0}% of purchases unpaid",
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

    /// <summary>The features every churn model of the warehouse reads: training without one of them is refused.</summary>
    public static IReadOnlyList<string> Features => [.. Sentences.Keys];

    public static string Say(string feature, Func<string, float> value) =>
        Sentences.TryGetValue(feature, out var sentence) ? sentence(value) : $"{feature} = {N(value(feature))}";

    private static string N(float x) => Math.Round(x).ToString("N0", CultureInfo.InvariantCulture);
    private static string M(float x) => Math.Round(x).ToString("N0", CultureInfo.InvariantCulture);
}
