using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Validation;
using Crm.Ingest.Imports.Writing;
using NpgsqlTypes;

namespace Crm.Ingest.Imports.Entities;

/// <summary>Agents by external id; the manager (by external id or name) may be an agent of the same file.</summary>
internal sealed class AgentsEntity : ImportEntity
{
    private static readonly string[] Columns =
        ["full_name", "email", "phone", "department_id", "role", "hire_date", "leave_date", "status", "base_salary", "commission_rate"];

    public override string Name => "agents";

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        F.Text("external_id", 100, [.. F.ExternalId, "agent id", "employee id"]),
        F.Text("full_name", 200, "name", "agent", "sales agent", "employee", "фио", "сотрудник", "անուն ազգանուն", "աշխատակից").Required(),
        F.Email("email", F.EmailAliases),
        F.Phone("phone", F.PhoneAliases),
        F.Ref("department", "department", [.. F.DepartmentAliases, "regional office", "team"]).Required(),
        new FieldSpec("manager", FieldKind.Reference) { Domain = "agent", AsKey = true, Aliases = ["manager id", "supervisor", "руководитель", "ղեկավար"] },
        F.Enum("role", "agent_role", "position", "должность", "պաշտոն"),
        F.Date("hire_date", "hired", "hire date", "start date", "дата приёма", "дата найма", "ընդունման ամսաթիվ"),
        F.Date("leave_date", "left", "leave date", "end date", "дата увольнения", "ազատման ամսաթիվ"),
        F.Enum("status", "agent_status", "статус", "կարգավիճակ"),
        F.Money("base_salary", "salary", "оклад", "աշխատավարձ"),
        F.Number("commission_rate", 6, 4, "commission", "комиссия", "միջնորդավճար") with { NonNegative = true },
    ];

    public override IReadOnlyList<StageColumn> Stage { get; } =
    [
        new("external_id", NpgsqlDbType.Text), new("full_name", NpgsqlDbType.Text), new("email", NpgsqlDbType.Text),
        new("phone", NpgsqlDbType.Text), new("department_id", NpgsqlDbType.Bigint), new("role", NpgsqlDbType.Text),
        new("hire_date", NpgsqlDbType.Date), new("leave_date", NpgsqlDbType.Date), new("status", NpgsqlDbType.Text),
        new("base_salary", NpgsqlDbType.Numeric), new("commission_rate", NpgsqlDbType.Numeric), new("manager_key", NpgsqlDbType.Text),
    ];

    public override IReadOnlyList<ChunkStatement> ChunkSql { get; } =
    [
        UpsertSql.Build("agents", ["external_id"], Columns, insertDefaults: new Dictionary<string, string>
        {
            ["role"] = "'agent'", ["hire_date"] = "current_date", ["status"] = "'active'", ["base_salary"] = "0", ["commission_rate"] = "0",
        }),
        """
        update agents a set manager_id = m.id
        from (select distinct on (external_id) external_id, manager_key from import_stage order by external_id, row_no desc) s
        join agents m on m.external_id = s.manager_key or (s.manager_key like '#%' and m.id::text = substr(s.manager_key, 2))
        where a.external_id = s.external_id and a.manager_id is distinct from m.id and m.id <> a.id
        """,
    ];

    public override void Check(RowValues row)
    {
        var left = row.Value<DateOnly>("leave_date");
        if (!row.Has("status") && left is not null) row.Set("status", "left");
        var status = row.Get<string>("status");
        if (status == "left" && left is null) row.Error("leave_date", "is required when the status is left");
        if (status is not null and not "left" && left is not null) row.Error("status", "must be left when a leave date is given");
        if (left < row.Value<DateOnly>("hire_date")) row.Error("leave_date", "is before the hire date");
        if (row.Value<decimal>("commission_rate") > 1) row.Error("commission_rate", "must be between 0 and 1");
    }

    public override void Remember(RowValues row) =>
        row.Book.Records("agent").Add(0, row.Get<string>("external_id"), row.Get<string>("full_name"));

    public override void Bind(RowValues row, object?[] staged)
    {
        staged[0] = row.Get<string>("external_id");
        staged[1] = row.Get<string>("full_name");
        staged[2] = row.Get<string>("email");
        staged[3] = row.Get<string>("phone");
        staged[4] = row.Value<long>("department");
        staged[5] = row.Get<string>("role");
        staged[6] = row.Value<DateOnly>("hire_date");
        staged[7] = row.Value<DateOnly>("leave_date");
        staged[8] = row.Get<string>("status");
        staged[9] = row.Value<decimal>("base_salary");
        staged[10] = row.Value<decimal>("commission_rate");
        staged[11] = row.Get<string>("manager");
    }
}
