namespace Crm.Ml.Reasons;

/// <summary>
/// The reasons in Armenian, the product's first language (the glossary's terms: Գնորդի հարցում, Հանձնարարություն,
/// Գործարք). A noun after a number stays singular, as Armenian says it; the dram is written ֏.
/// </summary>
internal sealed class SentencesHy : Sentences
{
    protected override string ThousandsSeparator => "\u202F";
    protected override string DecimalSeparator => ",";
    protected override string Currency => "֏";

    public override IReadOnlyDictionary<string, Func<Func<string, float>, string>> Churn { get; }

    public SentencesHy() => Churn = new Dictionary<string, Func<Func<string, float>, string>>
    {
        ["tenure_days"] = v => $"հաճախորդ է արդեն {N(v("tenure_days"))} օր",
        ["days_since_last_sale"] = v => $"{N(v("days_since_last_sale"))} օր առանց գնման",
        ["sales_total"] = v => $"ընդամենը {N(v("sales_total"))} գնում",
        ["sales_365d"] = v => $"վերջին տարում՝ {N(v("sales_365d"))} գնում",
        ["sales_90d"] = v => $"վերջին 90 օրում՝ {N(v("sales_90d"))} գնում",
        ["sales_prev_90d"] = v => $"նախորդ 90 օրում (վերջին 90-ից առաջ)՝ {N(v("sales_prev_90d"))} գնում",
        ["revenue_total"] = v => $"ընդամենը գնել է {Money(v("revenue_total"))}-ի",
        ["revenue_365d"] = v => $"վերջին տարում գնել է {Money(v("revenue_365d"))}-ի",
        ["average_sale"] = v => $"միջին գնումը՝ {Money(v("average_sale"))}",
        ["days_since_last_contact"] = v => $"{N(v("days_since_last_contact"))} օր առանց կապի",
        ["contacts_90d"] = v => $"վերջին 90 օրում՝ {N(v("contacts_90d"))} շփում (դրանից առաջ՝ {N(v("contacts_prev_90d"))})",
        ["contacts_prev_90d"] = v => $"նախորդ 90 օրում (վերջին 90-ից առաջ)՝ {N(v("contacts_prev_90d"))} շփում",
        ["contacts_365d"] = v => $"վերջին տարում՝ {N(v("contacts_365d"))} շփում",
        ["contact_trend"] = v => $"կապը թուլանում է՝ վերջին 90 օրում {N(v("contacts_90d"))} շփում, տարվա միջինը՝ {N(v("contacts_365d") / 4)} եռամսյակում",
        ["inbound_180d"] = v => $"կես տարում հաճախորդից՝ {N(v("inbound_180d"))} զանգ կամ հարցում",
        ["inquiries_365d"] = v => $"վերջին տարում՝ {N(v("inquiries_365d"))} գնորդի հարցում",
        ["complaints_365d"] = v => $"վերջին տարում՝ {N(v("complaints_365d"))} բողոք (անհաջող հանդիպումներ, գումարի վերադարձներ)",
        ["tasks_90d"] = v => $"վերջին 90 օրում՝ {N(v("tasks_90d"))} հանձնարարություն",
        ["days_since_last_payment"] = v => $"{N(v("days_since_last_payment"))} օր առանց վճարման",
        ["paid_365d"] = v => $"վերջին տարում վճարել է {Money(v("paid_365d"))}",
        ["payment_trend"] = v => $"վճարումները նվազում են՝ վերջին եռամսյակը տարվա միջին եռամսյակի {Percent(v("payment_trend"))}-ն է",
        ["payment_delay_days"] = v => $"միջինում վճարում է {N(v("payment_delay_days"))} օր ուշացումով",
        ["late_payments_365d"] = v => $"վերջին տարում՝ {N(v("late_payments_365d"))} վճարում մեկ շաբաթից ավելի ուշացումով",
        ["unpaid_share"] = v => $"գնումների {Percent(v("unpaid_share"))}-ը վճարված չէ",
        ["open_deals"] = v => $"{N(v("open_deals"))} բաց գործարք",
        ["lost_deals_180d"] = v => $"կես տարում՝ {N(v("lost_deals_180d"))} կորցրած գործարք",
        ["won_deals_365d"] = v => $"վերջին տարում՝ {N(v("won_deals_365d"))} հաջողված գործարք",
        ["owner_changes_365d"] = v => $"վերջին տարում պատասխանատու գործակալը փոխվել է {N(v("owner_changes_365d"))} անգամ",
        ["distinct_products"] = v => $"գնում է {N(v("distinct_products"))} տարբեր ապրանք",
        ["distinct_categories"] = v => $"գնում է {N(v("distinct_categories"))} կատեգորիայից",
        ["is_company"] = v => v("is_company") > 0 ? "իրավաբանական անձ" : "ֆիզիկական անձ",
        ["segment_vip"] = v => v("segment_vip") > 0 ? "VIP սեգմենտ" : "VIP սեգմենտում չէ",
        ["segment_corporate"] = v => v("segment_corporate") > 0 ? "կորպորատիվ սեգմենտ" : "կորպորատիվ սեգմենտում չէ",
        ["segment_smb"] = v => v("segment_smb") > 0 ? "ՓՄՁ սեգմենտ" : "ՓՄՁ սեգմենտում չէ",
    };

    public override string CrossSell(string first, string then, double lift, double confidence) =>
        $"«{first}» գնած հաճախորդները գնել են նաև «{then}»՝ {Decimal(lift)} անգամ ավելի հաճախ (նրանց {Percent(confidence)}-ը)";

    public override string Popular(string category) =>
        $"տարածված է «{category}» կատեգորիայից գնող հաճախորդների շրջանում, ինչպիսին այս հաճախորդն է";

    public override string Upsell(UpsellFacts f) =>
        $"պարբերաբար գնում է «{f.Category}» կատեգորիայից ({N(f.Purchases)} գնում, {Money(f.Spend)} վերջին տարում), " +
        $"մինչ այժմ՝ {Tier(f.TopTier)} մակարդակ, իսկ «{f.Product}» ապրանքը {Tier(f.Tier)} է, միավորի մարժան՝ {Money(f.Margin)}, " +
        $"ներկայիս {Money(f.UsualMargin)}-ի փոխարեն";

    public override string Pick(Localized text) => text.Hy;

    public override string Tier(string tier) => tier switch
    {
        "basic" => "բազային",
        "premium" => "պրեմիում",
        _ => "ստանդարտ",
    };
}
