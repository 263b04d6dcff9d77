namespace Crm.Ingest.Imports.References;

/// <summary>The check-constraint vocabularies of the schema (reference tables are read from the store).</summary>
public static class EnumDomains
{
    public static IReadOnlyDictionary<string, Func<EnumDomain>> Static { get; } = new Dictionary<string, Func<EnumDomain>>
    {
        ["customer_kind"] = () => new EnumDomain()
            .Add("person", "individual", "private", "физлицо", "физическое лицо", "ֆիզիկական անձ")
            .Add("company", "organisation", "organization", "business", "юрлицо", "юридическое лицо", "компания", "ընկերություն", "իրավաբանական անձ"),
        ["lifecycle"] = () => new EnumDomain("lead", "prospect", "buyer", "lost").Add("buyer", "customer", "client"),
        ["language"] = () => new EnumDomain()
            .Add("hy", "armenian", "հայերեն", "армянский").Add("en", "english", "անգլերեն", "английский")
            .Add("ru", "russian", "ռուսերեն", "русский"),
        ["relation_type"] = () => new EnumDomain("employee", "director", "accountant", "spouse", "child", "parent", "sibling", "friend", "other"),
        ["partner_kind"] = () => new EnumDomain("reseller", "referral", "supplier", "agency"),
        ["active_status"] = () => new EnumDomain("active", "inactive"),
        ["price_tier"] = () => new EnumDomain("basic", "standard", "premium"),
        ["agent_role"] = () => new EnumDomain("agent", "department_head", "marketer", "management", "administrator")
            .Add("department_head", "head", "manager"),
        ["agent_status"] = () => new EnumDomain("active", "on_leave", "left"),
        ["outcome"] = () => new EnumDomain("answered", "no_answer", "busy", "voicemail", "positive", "neutral", "negative",
            "done", "open", "cancelled", "delivered", "failed", "opened", "clicked", "bounced"),
        ["lost_reason"] = () => new EnumDomain("price", "competitor", "no_budget", "no_decision", "timing", "product_fit", "unresponsive", "other"),
        ["payment_method"] = () => new EnumDomain("cash", "card", "bank_transfer", "online").Add("bank_transfer", "bank", "transfer"),
        ["expense_category"] = () => new EnumDomain("advertising", "events", "travel", "office", "communication", "software", "commission", "other"),
    };

    /// <summary>Reference tables with a code and names in three languages.</summary>
    public static IReadOnlyDictionary<string, string> Tables { get; } = new Dictionary<string, string>
    {
        ["activity_type"] = "select code, name_hy, name_en, name_ru from activity_types",
        ["deal_stage"] = "select code, name_hy, name_en, name_ru from deal_stages",
        ["acquisition_source"] = "select code, name_hy, name_en, name_ru from acquisition_sources",
    };
}
