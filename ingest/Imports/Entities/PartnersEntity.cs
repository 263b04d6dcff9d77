using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Validation;
using Crm.Ingest.Imports.Writing;
using NpgsqlTypes;

namespace Crm.Ingest.Imports.Entities;

/// <summary>Resellers, referrers, suppliers and agencies, by external id.</summary>
internal sealed class PartnersEntity : ImportEntity
{
    private static readonly string[] Columns = ["name", "kind", "tax_id", "phone", "email", "region", "city", "commission_rate", "status"];

    private static readonly string[] BoundFields = ["external_id", .. Columns];

    public override string Name => "partners";

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        F.Text("external_id", 100, [.. F.ExternalId, "partner id"]),
        F.Text("name", 300, "partner", "company", "название", "партнёр", "անվանում", "գործընկեր").Required(),
        F.Enum("kind", "partner_kind", "type", "тип", "տեսակ").Required(),
        F.Text("tax_id", 50, "tax id", "tin", "инн", "հվհհ"),
        F.Phone("phone", F.PhoneAliases),
        F.Email("email", F.EmailAliases),
        F.Text("region", 100, "регион", "մարզ"),
        F.Text("city", 100, "город", "քաղաք"),
        F.Number("commission_rate", 6, 4, "commission", "комиссия", "միջնորդավճար") with { NonNegative = true },
        F.Enum("status", "active_status", "статус", "կարգավիճակ"),
    ];

    public override IReadOnlyList<StageColumn> Stage { get; } =
    [
        new("external_id", NpgsqlDbType.Text), new("name", NpgsqlDbType.Text), new("kind", NpgsqlDbType.Text),
        new("tax_id", NpgsqlDbType.Text), new("phone", NpgsqlDbType.Text), new("email", NpgsqlDbType.Text),
        new("region", NpgsqlDbType.Text), new("city", NpgsqlDbType.Text), new("commission_rate", NpgsqlDbType.Numeric),
        new("status", NpgsqlDbType.Text),
    ];

    public override IReadOnlyList<ChunkStatement> ChunkSql { get; } =
    [
        UpsertSql.Build("partners", ["external_id"], Columns,
            insertDefaults: new Dictionary<string, string> { ["commission_rate"] = "0", ["status"] = "'active'" }),
    ];

    public override void Check(RowValues row)
    {
        if (row.Value<decimal>("commission_rate") > 1) row.Error("commission_rate", "must be between 0 and 1");
    }

    public override void Bind(RowValues row, object?[] staged)
    {
        for (var i = 0; i < BoundFields.Length; i++) staged[i] = row.Get<object>(BoundFields[i]);
    }
}
