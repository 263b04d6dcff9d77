using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Validation;
using Crm.Ingest.Imports.Writing;
using NpgsqlTypes;

namespace Crm.Ingest.Imports.Entities;

/// <summary>Contact persons of customers, by external id (V010).</summary>
internal sealed class ContactsEntity : ImportEntity
{
    private static readonly string[] Columns = ["customer_id", "full_name", "position", "relation_type", "phone", "email", "birthday", "is_primary"];
    private static readonly string[] BoundFields = ["external_id", "customer", "full_name", "position", "relation_type", "phone", "email", "birthday", "is_primary"];

    public override string Name => "contacts";

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        F.Text("external_id", 100, [.. F.ExternalId, "contact id"]),
        F.Ref("customer", "customer", F.CustomerAliases).Required(),
        F.Text("full_name", 200, "name", "contact", "contact name", "фио", "контакт", "անուն ազգանուն", "կոնտակտ").Required(),
        F.Text("position", 200, "title", "job title", "role", "должность", "պաշտոն"),
        F.Enum("relation_type", "relation_type", "relation", "relationship", "отношение", "կապ"),
        F.Phone("phone", F.PhoneAliases),
        F.Email("email", F.EmailAliases),
        F.Date("birthday", "birth date", "date of birth", "дата рождения", "ծննդյան ամսաթիվ"),
        F.Bool("is_primary", "primary", "main", "основной", "հիմնական"),
    ];

    public override IReadOnlyList<StageColumn> Stage { get; } =
    [
        new("external_id", NpgsqlDbType.Text), new("customer_id", NpgsqlDbType.Bigint), new("full_name", NpgsqlDbType.Text),
        new("position", NpgsqlDbType.Text), new("relation_type", NpgsqlDbType.Text), new("phone", NpgsqlDbType.Text),
        new("email", NpgsqlDbType.Text), new("birthday", NpgsqlDbType.Date), new("is_primary", NpgsqlDbType.Boolean),
    ];

    public override IReadOnlyList<ChunkStatement> ChunkSql { get; } =
    [
        UpsertSql.Build("contacts", ["external_id"], Columns,
            insertDefaults: new Dictionary<string, string> { ["relation_type"] = "'other'", ["is_primary"] = "false" }),
    ];

    public override void Bind(RowValues row, object?[] staged)
    {
        for (var i = 0; i < BoundFields.Length; i++) staged[i] = row.Get<object>(BoundFields[i]);
    }
}
