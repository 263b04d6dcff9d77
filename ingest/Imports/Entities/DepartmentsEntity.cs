using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Validation;
using Crm.Ingest.Imports.Writing;
using NpgsqlTypes;

namespace Crm.Ingest.Imports.Entities;

/// <summary>Departments by code; the parent (by code or name) may be a department of the same file.</summary>
internal sealed class DepartmentsEntity : ImportEntity
{
    public override string Name => "departments";
    public override string KeyField => "code";

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        F.Text("code", 50, "department code", "id", "код", "կոդ").Required(),
        F.Text("name", 200, "department", "title", "название", "отдел", "անվանում", "բաժին").Required(),
        new FieldSpec("parent", FieldKind.Reference) { Domain = "department", AsKey = true, Aliases = ["parent department", "parent code", "родитель", "головной отдел", "ծնող"] },
        F.Text("region", 100, "регион", "մարզ"),
    ];

    public override IReadOnlyList<StageColumn> Stage { get; } =
        [new("code", NpgsqlDbType.Text), new("name", NpgsqlDbType.Text), new("parent_code", NpgsqlDbType.Text), new("region", NpgsqlDbType.Text)];

    public override IReadOnlyList<ChunkStatement> ChunkSql { get; } =
    [
        UpsertSql.Build("departments", ["code"], ["name", "region"]),
        // Parents after the rows, so a parent listed later in the file is found too; counted with its row.
        """
        with p as (
            update departments d set parent_id = parent.id
            from (select distinct on (code) code, parent_code from import_stage order by code, row_no desc) s
            join departments parent on parent.code = s.parent_code
            where d.code = s.code and d.parent_id is distinct from parent.id and d.updated_at < now()
            returning d.id)
        select 0::bigint, count(*), null::bigint[] from p
        """,
        """
        update departments d set parent_id = parent.id
        from (select distinct on (code) code, parent_code from import_stage order by code, row_no desc) s
        join departments parent on parent.code = s.parent_code
        where d.code = s.code and d.parent_id is distinct from parent.id
        """,
    ];

    public override void Remember(RowValues row) =>
        row.Book.Records("department").Add(0, row.Get<string>("code"), row.Get<string>("name"));

    public override void Bind(RowValues row, object?[] staged)
    {
        staged[0] = row.Get<string>("code");
        staged[1] = row.Get<string>("name");
        staged[2] = row.Get<string>("parent");
        staged[3] = row.Get<string>("region");
    }
}
