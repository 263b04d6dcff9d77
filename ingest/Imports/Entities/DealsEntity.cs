using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Validation;
using Crm.Ingest.Imports.Writing;
using NpgsqlTypes;

namespace Crm.Ingest.Imports.Entities;

/// <summary>
/// Deals by external id, with their stage history: a new deal enters at `lead` (when it opened) and moves to
/// its stage; a changed stage adds a transition. The department defaults to the owner's.
/// </summary>
internal sealed class DealsEntity : ImportEntity
{
    private static readonly string[] Columns =
    [
        "customer_id", "owner_agent_id", "department_id", "partner_id", "campaign_id", "source_code", "product_id", "title", "stage",
        "amount", "currency", "expected_close_date", "opened_at", "stage_changed_at", "closed_at", "lost_reason",
    ];

    private static readonly string[] BoundFields =
    [
        "external_id", "customer", "owner", "department", "partner", "campaign", "source", "product", "title", "stage",
        "amount", "currency", "expected_close_date", "opened_at", "stage_changed_at", "closed_at", "lost_reason",
    ];

    private static readonly string[] Closed = ["won", "lost"];

    public override string Name => "deals";

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        F.Text("external_id", 100, [.. F.ExternalId, "deal id", "opportunity id"]),
        F.Ref("customer", "customer", F.CustomerAliases),
        F.Ref("owner", "agent", ["owner_agent", "owner agent", .. F.AgentAliases]).Required(),
        F.Ref("department", "department", F.DepartmentAliases),
        F.Ref("partner", "partner", "партнёр", "գործընկեր"),
        F.Ref("campaign", "campaign", "кампания", "արշավ"),
        F.Enum("source", "acquisition_source", "source_code", "lead source", "источник", "աղբյուր"),
        F.Ref("product", "product", "sku", "товар", "ապրանք"),
        F.Text("title", 300, "deal", "deal name", "name", "subject", "название", "сделка", "անվանում", "գործարք"),
        F.Enum("stage", "deal_stage", "deal stage", "status", "стадия", "этап", "փուլ").Required(),
        F.Money("amount", "value", "close value", "sum", "сумма", "գումար"),
        F.Text("currency", 3, "валюта", "արժույթ"),
        F.Date("expected_close_date", "expected close", "expected close date", "ожидаемая дата закрытия"),
        F.Time("opened_at", "opened", "created", "engage date", "open date", "дата открытия", "բացման ամսաթիվ"),
        F.Time("stage_changed_at", "stage changed", "stage date"),
        F.Time("closed_at", "closed", "close date", "дата закрытия", "փակման ամսաթիվ"),
        F.Enum("lost_reason", "lost_reason", "lost reason", "причина проигрыша", "կորստի պատճառ"),
    ];

    public override IReadOnlyList<StageColumn> Stage { get; } =
    [
        new("external_id", NpgsqlDbType.Text), new("customer_id", NpgsqlDbType.Bigint), new("owner_agent_id", NpgsqlDbType.Bigint),
        new("department_id", NpgsqlDbType.Bigint), new("partner_id", NpgsqlDbType.Bigint), new("campaign_id", NpgsqlDbType.Bigint),
        new("source_code", NpgsqlDbType.Text), new("product_id", NpgsqlDbType.Bigint), new("title", NpgsqlDbType.Text),
        new("stage", NpgsqlDbType.Text), new("amount", NpgsqlDbType.Numeric), new("currency", NpgsqlDbType.Text),
        new("expected_close_date", NpgsqlDbType.Date), new("opened_at", NpgsqlDbType.TimestampTz),
        new("stage_changed_at", NpgsqlDbType.TimestampTz), new("closed_at", NpgsqlDbType.TimestampTz), new("lost_reason", NpgsqlDbType.Text),
    ];

    public override IReadOnlyList<ChunkStatement> ChunkSql { get; } =
    [
        // A stage change of a known deal is a transition, recorded before the deal row takes the new stage.
        """
        insert into deal_stage_history (deal_id, from_stage, to_stage, changed_at, agent_id)
        select d.id, d.stage, s.stage, greatest(s.stage_changed_at, d.stage_changed_at), s.owner_agent_id
        from (select distinct on (external_id) * from import_stage order by external_id, row_no desc) s
        join deals d on d.external_id = s.external_id
        where s.stage is distinct from d.stage
        """,
        UpsertSql.Build("deals", ["external_id"], Columns,
            insertDefaults: new Dictionary<string, string>
            {
                ["source_code"] = "'import'", ["currency"] = "'AMD'", ["amount"] = "0", ["opened_at"] = "now()",
                ["stage_changed_at"] = "coalesce(s.opened_at, now())",
            },
            returning: "id, opened_at, stage, stage_changed_at, owner_agent_id",
            extraCtes: """
                ,
                entered as (insert into deal_stage_history (deal_id, from_stage, to_stage, changed_at, agent_id)
                            select id, null, 'lead', opened_at, owner_agent_id from ins),
                moved as (insert into deal_stage_history (deal_id, from_stage, to_stage, changed_at, agent_id)
                          select id, 'lead', stage, stage_changed_at, owner_agent_id from ins where stage <> 'lead')
                """),
    ];

    public override void Check(RowValues row)
    {
        if (!row.Has("department") && row.Value<long>("owner") is { } owner) row.Set("department", row.Book.DepartmentOfAgent(owner));
        var stage = row.Get<string>("stage")!;
        var closed = row.Value<DateTime>("closed_at");
        if (Closed.Contains(stage) && closed is null) row.Error("closed_at", $"is required when the stage is {stage}");
        if (!Closed.Contains(stage) && closed is not null) row.Error("closed_at", $"must be empty while the deal is open ({stage})");
        if (stage != "lost" && row.Has("lost_reason")) row.Error("lost_reason", "is only for lost deals");
        // A deal without an opening date opens when it is first imported (an insert default, so re-imports keep it).
        var opened = row.Value<DateTime>("opened_at") ?? closed;
        if (closed < opened) row.Error("closed_at", "is before opened_at");
        if (opened is not null) row.Set("opened_at", opened);
        if (!row.Has("stage_changed_at") && (closed ?? opened) is { } changed) row.Set("stage_changed_at", changed);
        if (row.Value<DateTime>("stage_changed_at") < opened) row.Error("stage_changed_at", "is before opened_at");
        if (!row.Has("title"))
            row.Set("title", row.Get<string>("external_id") is { } id ? $"Deal {id}" : "Imported deal");
    }

    public override void Bind(RowValues row, object?[] staged)
    {
        for (var i = 0; i < BoundFields.Length; i++) staged[i] = row.Get<object>(BoundFields[i]);
    }
}
