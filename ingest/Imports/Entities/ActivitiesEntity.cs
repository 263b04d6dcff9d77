using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Validation;
using Crm.Ingest.Imports.Writing;
using NpgsqlTypes;

namespace Crm.Ingest.Imports.Entities;

/// <summary>
/// The activity journal, and its money-bearing kinds: payments, refunds and bank payments write a
/// `payments` row, expenses an `expenses` row, a sale with a product one sale line. The `payments` and
/// `expenses` entities are this one limited to their types.
/// </summary>
internal sealed class ActivitiesEntity(string name, string[]? allowedTypes = null, string? defaultType = null) : ImportEntity
{
    private static readonly string[] MoneyTypes = ["sale", "payment", "refund", "bank_payment", "expense"];
    private static readonly string[] PaymentTypes = ["payment", "refund", "bank_payment"];

    private static readonly string[] Columns =
    [
        "type_code", "occurred_at", "agent_id", "customer_id", "contact_id", "deal_id", "campaign_id", "partner_id", "subject",
        "duration_seconds", "outcome", "amount", "due_at", "completed_at",
    ];

    private static readonly string[] BoundFields =
    [
        "external_id", "type", "occurred_at", "agent", "customer", "contact", "deal", "campaign", "partner", "subject",
        "duration_seconds", "outcome", "amount", "due_at", "completed_at", "method", "due_date", "sale", "category",
        "department", "vendor", "product", "quantity", "unit_price", "discount",
    ];

    public override string Name => name;

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        F.Text("external_id", 100, [.. F.ExternalId, "activity id"]),
        F.Enum("type", "activity_type", "type_code", "activity type", "kind", "тип", "вид", "тип активности", "տեսակ").Required(),
        F.Time("occurred_at", "occurred", "date", "datetime", "date time", "time", "when", "дата", "дата и время", "время",
            "ամսաթիվ", "ժամանակ").Required(),
        F.Ref("agent", "agent", F.AgentAliases),
        F.Ref("customer", "customer", F.CustomerAliases),
        F.Ref("contact", "contact", "contact person", "контакт", "կոնտակտ"),
        F.Ref("deal", "deal", "deal id", "opportunity", "сделка", "գործարք"),
        F.Ref("campaign", "campaign", "кампания", "արշավ"),
        F.Ref("partner", "partner", "партнёр", "партнер", "գործընկեր"),
        F.Text("subject", 2000, "description", "comment", "notes", "note", "тема", "описание", "комментарий", "թեմա", "նկարագրություն", "մեկնաբանություն"),
        F.Int("duration_seconds", "duration", "duration sec", "seconds", "длительность", "տևողություն"),
        F.Enum("outcome", "outcome", "result", "результат", "արդյունք"),
        F.Money("amount", "sum", "total", "сумма", "գումար"),
        F.Time("due_at", "due", "deadline", "срок", "ժամկետ"),
        F.Time("completed_at", "completed", "done at", "выполнено", "կատարված"),
        F.Enum("method", "payment_method", "payment method", "способ оплаты", "վճարման եղանակ"),
        F.Date("due_date", "due date", "pay by", "оплатить до"),
        F.Ref("sale", "sale", "sale id", "sale_activity", "продажа", "իրացում"),
        F.Enum("category", "expense_category", "expense category", "категория", "կատեգորիա"),
        F.Ref("department", "department", F.DepartmentAliases),
        F.Text("vendor", 200, "supplier", "payee", "поставщик", "մատակարար"),
        F.Ref("product", "product", "sku", "item", "товар", "продукт", "ապրանք"),
        F.Number("quantity", 12, 3, "qty", "количество", "քանակ"),
        F.Money("unit_price", "unit price", "price", "цена", "գին"),
        F.Money("discount", "discount_amount", "скидка", "զեղչ"),
    ];

    public override IReadOnlyList<StageColumn> Stage { get; } =
    [
        new("external_id", NpgsqlDbType.Text), new("type_code", NpgsqlDbType.Text), new("occurred_at", NpgsqlDbType.TimestampTz),
        new("agent_id", NpgsqlDbType.Bigint), new("customer_id", NpgsqlDbType.Bigint), new("contact_id", NpgsqlDbType.Bigint),
        new("deal_id", NpgsqlDbType.Bigint), new("campaign_id", NpgsqlDbType.Bigint), new("partner_id", NpgsqlDbType.Bigint),
        new("subject", NpgsqlDbType.Text), new("duration_seconds", NpgsqlDbType.Integer), new("outcome", NpgsqlDbType.Text),
        new("amount", NpgsqlDbType.Numeric), new("due_at", NpgsqlDbType.TimestampTz), new("completed_at", NpgsqlDbType.TimestampTz),
        new("method", NpgsqlDbType.Text), new("due_date", NpgsqlDbType.Date), new("sale_activity_id", NpgsqlDbType.Bigint),
        new("category", NpgsqlDbType.Text), new("expense_department_id", NpgsqlDbType.Bigint), new("vendor", NpgsqlDbType.Text),
        new("product_id", NpgsqlDbType.Bigint), new("quantity", NpgsqlDbType.Numeric), new("unit_price", NpgsqlDbType.Numeric),
        new("discount_amount", NpgsqlDbType.Numeric),
    ];

    public override IReadOnlyList<ChunkStatement> ChunkSql { get; } =
    [
        UpsertSql.Build("activities", ["external_id"], Columns),
        DetailSql("payments", "type_code in ('payment', 'refund', 'bank_payment')",
            ["method", "due_date", "sale_activity_id"], ["method", "due_date", "sale_activity_id"]),
        DetailSql("expenses", "type_code = 'expense'",
            ["category", "campaign_id", "department_id", "vendor"], ["category", "campaign_id", "expense_department_id", "vendor"]),
        """
        with s as (
            select distinct on (s.external_id) a.id as activity_id, s.product_id, s.quantity, s.unit_price, s.discount_amount, p.unit_cost
            from import_stage s join activities a on a.external_id = s.external_id join products p on p.id = s.product_id
            where s.type_code = 'sale' and s.product_id is not null
            order by s.external_id, s.row_no desc),
        upd as (
            update sale_lines l set product_id = s.product_id, quantity = s.quantity, unit_price = s.unit_price,
                discount_amount = s.discount_amount, unit_cost = s.unit_cost
            from s
            where l.sale_activity_id = s.activity_id
              and (select count(*) from sale_lines x where x.sale_activity_id = s.activity_id) = 1
              and (l.product_id, l.quantity, l.unit_price, l.discount_amount) is distinct from (s.product_id, s.quantity, s.unit_price, s.discount_amount)
            returning l.sale_activity_id),
        ins as (
            insert into sale_lines (sale_activity_id, product_id, quantity, unit_price, discount_amount, unit_cost)
            select activity_id, product_id, quantity, unit_price, discount_amount, unit_cost from s
            where not exists (select 1 from sale_lines x where x.sale_activity_id = s.activity_id)
            returning sale_activity_id),
        touched as (
            update activities a set updated_at = now()
            where a.id in (select sale_activity_id from upd union select sale_activity_id from ins) and a.updated_at < now()
            returning a.id)
        select 0::bigint, count(*), null::bigint[] from touched
        """,
    ];

    public override IReadOnlyDictionary<string, string> Defaults { get; } =
        defaultType is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["type"] = defaultType };

    public override string IdSql => "select id from activities where external_id = $1";

    public override void Check(RowValues row)
    {
        var type = row.Get<string>("type")!;
        if (allowedTypes is not null && !allowedTypes.Contains(type))
            row.Error("type", $"\"{type}\" is not one of: {string.Join(", ", allowedTypes)}");
        if (MoneyTypes.Contains(type) && !row.Has("amount")) row.Error("amount", $"is required for a {type}");
        if (PaymentTypes.Contains(type) && !row.Has("method")) row.Set("method", type == "bank_payment" ? "bank_transfer" : "cash");
        if (type == "expense")
        {
            if (!row.Has("category")) row.Set("category", "other");
            if (!row.Has("department") && row.Value<long>("agent") is { } agent) row.Set("department", row.Book.DepartmentOfAgent(agent));
            if (!row.Has("department")) row.Error("department", "is required for an expense (or an agent whose department it is)");
        }
        if (row.Value<DateTime>("completed_at") is { } done && done < row.Value<DateTime>("occurred_at")!.Value.AddYears(-100))
            row.Error("completed_at", "is long before occurred_at");
        if (type == "sale" && row.Has("product"))
        {
            var quantity = row.Value<decimal>("quantity") ?? 1m;
            if (quantity <= 0) row.Error("quantity", "must be more than 0");
            row.Set("quantity", quantity);
            if (!row.Has("unit_price") && row.Value<decimal>("amount") is { } amount && quantity > 0)
                row.Set("unit_price", Math.Round(amount / quantity, 2));
            if (!row.Has("discount")) row.Set("discount", 0m);
        }
    }

    public override void Bind(RowValues row, object?[] staged)
    {
        for (var i = 0; i < BoundFields.Length; i++) staged[i] = row.Get<object>(BoundFields[i]);
    }

    /// <summary>
    /// Upserts a detail row keyed by activity_id; a changed detail marks its activity updated (and counts it),
    /// unless the activity row itself was written in this transaction already.
    /// </summary>
    private static string DetailSql(string table, string where, string[] columns, string[] stageColumns)
    {
        var merged = columns.Select((c, i) => $"coalesce(excluded.{c}, t.{c})").ToArray();
        return $"""
            with d as (
                insert into {table} as t (activity_id, {string.Join(", ", columns)})
                select distinct on (s.external_id) a.id, {string.Join(", ", stageColumns.Select(c => "s." + c))}
                from import_stage s join activities a on a.external_id = s.external_id
                where s.{where}
                order by s.external_id, s.row_no desc
                on conflict (activity_id) do update set {string.Join(", ", columns.Select((c, i) => $"{c} = {merged[i]}"))}
                where ({string.Join(", ", columns.Select(c => "t." + c))}) is distinct from ({string.Join(", ", merged)})
                returning activity_id),
            touched as (
                update activities a set updated_at = now() from d where a.id = d.activity_id and a.updated_at < now() returning a.id)
            select 0::bigint, count(*), null::bigint[] from touched
            """;
    }
}
