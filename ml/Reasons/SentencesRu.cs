namespace Crm.Ml.Reasons;

/// <summary>The reasons in Russian (the glossary's terms: запрос покупателя, поручение, сделка), nouns agreeing with their numbers.</summary>
internal sealed class SentencesRu : Sentences
{
    protected override string ThousandsSeparator => "\u202F";
    protected override string DecimalSeparator => ",";
    protected override string Currency => "драм";

    public override IReadOnlyDictionary<string, Func<Func<string, float>, string>> Churn { get; }

    public SentencesRu() => Churn = new Dictionary<string, Func<Func<string, float>, string>>
    {
        ["tenure_days"] = v => $"клиент уже {Days(v("tenure_days"))}",
        ["days_since_last_sale"] = v => $"без покупок {Days(v("days_since_last_sale"))}",
        ["sales_total"] = v => $"всего {Purchases(v("sales_total"))}",
        ["sales_365d"] = v => $"{Purchases(v("sales_365d"))} за последний год",
        ["sales_90d"] = v => $"{Purchases(v("sales_90d"))} за последние 90 дней",
        ["sales_prev_90d"] = v => $"{Purchases(v("sales_prev_90d"))} за 90 дней до последних 90",
        ["revenue_total"] = v => $"всего куплено на {Money(v("revenue_total"))}",
        ["revenue_365d"] = v => $"куплено на {Money(v("revenue_365d"))} за последний год",
        ["average_sale"] = v => $"средняя покупка — {Money(v("average_sale"))}",
        ["days_since_last_contact"] = v => $"без контакта {Days(v("days_since_last_contact"))}",
        ["contacts_90d"] = v => $"{Contacts(v("contacts_90d"))} за последние 90 дней (за 90 дней до этого — {N(v("contacts_prev_90d"))})",
        ["contacts_prev_90d"] = v => $"{Contacts(v("contacts_prev_90d"))} за 90 дней до последних 90",
        ["contacts_365d"] = v => $"{Contacts(v("contacts_365d"))} за последний год",
        ["contact_trend"] = v => $"контакты редеют: {N(v("contacts_90d"))} за последние 90 дней против {N(v("contacts_365d") / 4)} за квартал в среднем за год",
        ["inbound_180d"] = v => $"{P(v("inbound_180d"), "звонок или запрос", "звонка или запроса", "звонков или запросов")} от клиента за полгода",
        ["inquiries_365d"] = v => $"{P(v("inquiries_365d"), "запрос покупателя", "запроса покупателя", "запросов покупателя")} за последний год",
        ["complaints_365d"] = v => $"{P(v("complaints_365d"), "жалоба", "жалобы", "жалоб")} (неудачные встречи, возвраты) за последний год",
        ["tasks_90d"] = v => $"{P(v("tasks_90d"), "поручение", "поручения", "поручений")} за последние 90 дней",
        ["days_since_last_payment"] = v => $"без оплаты {Days(v("days_since_last_payment"))}",
        ["paid_365d"] = v => $"оплачено {Money(v("paid_365d"))} за последний год",
        ["payment_trend"] = v => $"оплаты падают: последний квартал — {Percent(v("payment_trend"))} от среднего квартала за год",
        ["payment_delay_days"] = v => $"платит в среднем с опозданием на {Days(v("payment_delay_days"))}",
        ["late_payments_365d"] = v => $"{P(v("late_payments_365d"), "платёж", "платежа", "платежей")} с опозданием больше недели за последний год",
        ["unpaid_share"] = v => $"{Percent(v("unpaid_share"))} покупок не оплачено",
        ["open_deals"] = v => P(v("open_deals"), "открытая сделка", "открытые сделки", "открытых сделок"),
        ["lost_deals_180d"] = v => $"{P(v("lost_deals_180d"), "проигранная сделка", "проигранные сделки", "проигранных сделок")} за полгода",
        ["won_deals_365d"] = v => $"{P(v("won_deals_365d"), "выигранная сделка", "выигранные сделки", "выигранных сделок")} за последний год",
        ["owner_changes_365d"] = v => $"за последний год ответственный агент менялся {P(v("owner_changes_365d"), "раз", "раза", "раз")}",
        ["distinct_products"] = v => $"покупает {P(v("distinct_products"), "вид товара", "вида товаров", "видов товаров")}",
        ["distinct_categories"] = v => $"покупает в {P(v("distinct_categories"), "категории", "категориях", "категориях")}",
        ["is_company"] = v => v("is_company") > 0 ? "компания" : "частное лицо",
        ["segment_vip"] = v => v("segment_vip") > 0 ? "сегмент VIP" : "не в сегменте VIP",
        ["segment_corporate"] = v => v("segment_corporate") > 0 ? "корпоративный сегмент" : "не в корпоративном сегменте",
        ["segment_smb"] = v => v("segment_smb") > 0 ? "сегмент МСБ" : "не в сегменте МСБ",
    };

    public override string CrossSell(string first, string then, double lift, double confidence) =>
        $"клиенты, купившие «{first}», покупали и «{then}»: в {Decimal(lift)} раза чаще (так сделали {Percent(confidence)} из них)";

    public override string Popular(string category) =>
        $"популярный товар среди клиентов, которые, как и этот клиент, покупают в категории «{category}»";

    public override string Upsell(UpsellFacts f) =>
        $"регулярно покупает в категории «{f.Category}» ({Purchases(f.Purchases)}, {Money(f.Spend)} за последний год), " +
        $"до сих пор — уровень «{Tier(f.TopTier)}»: «{f.Product}» — уровень «{Tier(f.Tier)}», маржа {Money(f.Margin)} за единицу " +
        $"против нынешних {N(f.UsualMargin)}";

    public override string Pick(Localized text) => text.Ru;

    public override string Tier(string tier) => tier switch
    {
        "basic" => "базовый",
        "premium" => "премиум",
        _ => "стандартный",
    };

    private string Days(double n) => P(n, "день", "дня", "дней");
    private string Purchases(double n) => P(n, "покупка", "покупки", "покупок");
    private string Contacts(double n) => P(n, "контакт", "контакта", "контактов");

    /// <summary>The number and the noun in the form Russian gives it after that number (1 день, 3 дня, 5 дней, 21 день).</summary>
    private string P(double n, string one, string few, string many)
    {
        var k = (long)Math.Abs(Math.Round(n));
        var form = k % 10 == 1 && k % 100 != 11 ? one
            : k % 10 is >= 2 and <= 4 && k % 100 is < 12 or > 14 ? few
            : many;
        return $"{N(n)} {form}";
    }
}
