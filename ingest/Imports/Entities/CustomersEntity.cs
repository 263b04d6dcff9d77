using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Validation;
using Crm.Ingest.Imports.Writing;
using NpgsqlTypes;

namespace Crm.Ingest.Imports.Entities;

/// <summary>Customers and leads; the natural key is (department, external id), new ones go through dedup.</summary>
internal sealed class CustomersEntity : ImportEntity
{
    private static readonly string[] Columns =
    [
        "kind", "name", "first_name", "last_name", "legal_form", "tax_id", "phone", "email", "lifecycle", "source_code",
        "campaign_id", "partner_id", "region", "city", "address", "latitude", "longitude", "birthday", "language", "owner_agent_id",
    ];

    private static readonly string[] BoundFields =
    [
        "kind", "name", "first_name", "last_name", "legal_form", "tax_id", "phone", "email", "lifecycle", "source",
        "campaign", "partner", "region", "city", "address", "latitude", "longitude", "birthday", "language", "owner",
    ];

    public override string Name => "customers";

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        F.Text("external_id", 100, [.. F.ExternalId, "customer id", "client id", "account id"]),
        F.Ref("department", "department", F.DepartmentAliases).Required(),
        F.Enum("kind", "customer_kind", "customer type", "type", "тип", "тип клиента", "տեսակ"),
        F.Text("name", 300, "full name", "customer", "customer name", "company", "company name", "account", "фио", "название",
            "наименование", "клиент", "անվանում", "անուն ազգանուն", "հաճախորդ"),
        F.Text("first_name", 100, "first name", "given name", "имя", "անուն"),
        F.Text("last_name", 100, "last name", "surname", "family name", "фамилия", "ազգանուն"),
        F.Text("legal_form", 50, "legal form", "организационно-правовая форма", "опф", "կազմակերպաիրավական ձև"),
        F.Text("tax_id", 50, "tax id", "tin", "vat", "vat number", "инн", "հվհհ"),
        F.Phone("phone", F.PhoneAliases),
        F.Email("email", F.EmailAliases),
        F.Enum("lifecycle", "lifecycle", "lifecycle stage", "status", "статус", "կարգավիճակ"),
        F.Enum("source", "acquisition_source", "source_code", "lead source", "acquisition source", "источник", "աղբյուր"),
        F.Ref("campaign", "campaign", "campaign id", "кампания", "արշավ"),
        F.Ref("partner", "partner", "partner id", "партнёр", "партнер", "գործընկեր"),
        F.Text("region", 100, "province", "marz", "state", "регион", "область", "марз", "մարզ"),
        F.Text("city", 100, "town", "город", "населённый пункт", "քաղաք", "բնակավայր"),
        F.Text("address", 500, "street", "адрес", "հասցե"),
        F.Number("latitude", 9, 6, "lat", "широта", "լայնություն"),
        F.Number("longitude", 9, 6, "lon", "lng", "долгота", "երկայնություն"),
        F.Date("birthday", "birth date", "date of birth", "dob", "день рождения", "дата рождения", "ծննդյան օր", "ծննդյան ամսաթիվ"),
        F.Enum("language", "language", "lang", "язык", "լեզու"),
        F.Ref("owner", "agent", ["owner_agent", "owner agent", .. F.AgentAliases]),
    ];

    public override IReadOnlyList<StageColumn> Stage { get; } =
    [
        new("external_id", NpgsqlDbType.Text), new("department_id", NpgsqlDbType.Bigint),
        .. Columns.Select(c => new StageColumn(c, c switch
        {
            "campaign_id" or "partner_id" or "owner_agent_id" => NpgsqlDbType.Bigint,
            "latitude" or "longitude" => NpgsqlDbType.Double,
            "birthday" => NpgsqlDbType.Date,
            _ => NpgsqlDbType.Text,
        })),
    ];

    public override IReadOnlyList<ChunkStatement> ChunkSql { get; } =
    [
        // A new owner closes the open ownership span and opens the next, before the upsert changes the owner.
        """
        update customer_ownership o set valid_to = now()
        from import_stage s join customers c on c.department_id = s.department_id and c.external_id = s.external_id
        where o.customer_id = c.id and o.valid_to is null and s.owner_agent_id is not null
          and c.owner_agent_id is distinct from s.owner_agent_id and o.valid_from < now()
        """,
        """
        insert into customer_ownership (customer_id, agent_id, valid_from, reason)
        select distinct on (c.id) c.id, s.owner_agent_id, now(), case when c.owner_agent_id is null then 'assigned' else 'reassigned' end
        from import_stage s join customers c on c.department_id = s.department_id and c.external_id = s.external_id
        where s.owner_agent_id is not null and c.owner_agent_id is distinct from s.owner_agent_id
          and not exists (select 1 from customer_ownership o where o.customer_id = c.id and o.valid_to is null)
        order by c.id, s.row_no desc
        """,
        UpsertSql.Build("customers", ["department_id", "external_id"], Columns, insertDefaults: InsertDefaults,
            returning: "id, owner_agent_id", newIds: true, extraCtes: """
                ,
                own as (insert into customer_ownership (customer_id, agent_id, valid_from, reason)
                        select id, owner_agent_id, now(), 'assigned' from ins where owner_agent_id is not null)
                """),
    ];

    private static readonly Dictionary<string, string> InsertDefaults = new()
    {
        ["kind"] = "'person'", ["lifecycle"] = "'lead'", ["source_code"] = "'import'", ["language"] = "'hy'",
    };

    public override bool ChecksDuplicates => true;

    public override string IdSql => "select id from customers where department_id = $1 and external_id = $2";

    public override object[] IdKey(RowValues row) => [row.Value<long>("department")!.Value, row.Get<string>("external_id")!];

    public override void Check(RowValues row)
    {
        if (row.Has("name")) return;
        var composed = string.Join(' ', new[] { row.Get<string>("first_name"), row.Get<string>("last_name") }.Where(s => s is not null));
        if (composed.Length == 0) row.Error("name", "is required (or first_name / last_name)");
        else row.Set("name", composed);
    }

    public override void Bind(RowValues row, object?[] staged)
    {
        staged[0] = row.Get<string>("external_id");
        staged[1] = row.Value<long>("department");
        for (var i = 0; i < BoundFields.Length; i++)
        {
            var v = row.Get<object>(BoundFields[i]);
            staged[i + 2] = v is decimal d ? (double)d : v;
        }
    }
}
