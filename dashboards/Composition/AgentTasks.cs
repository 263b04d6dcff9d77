using Crm.Dashboards.Reports;
using DuckDB.NET.Data;

namespace Crm.Dashboards.Composition;

/// <summary>
/// An agent's open tasks (journal entries of type task not yet completed) due in a window around today, the most
/// overdue first. Older ones are left out: a task forgotten for a year is history, not today's work.
/// </summary>
public static class AgentTasks
{
    public static ReportDefinition Definition { get; } = new("agent_tasks",
        new ReportTitle("Հանձնարարություններ", "Tasks", "Поручения"), "", [],
        [
            new("activity_id", ColumnKind.Integer),
            new("due_date", ColumnKind.Date),
            new("days_overdue", ColumnKind.Days, "days past the due day; negative while still ahead"),
            new("customer_id", ColumnKind.Integer),
            new("customer_name", ColumnKind.Text),
            new("deal_id", ColumnKind.Integer),
        ]);

    private const string Sql = """
        select
            f.activity_id,
            f.due_at::date                               as due_date,
            $today::date - f.due_at::date                as days_overdue,
            f.customer_id,
            coalesce(c.customer_name, 'unknown')         as customer_name,
            f.deal_id
        from fct_activity f
        left join dim_customer c on c.customer_id = f.customer_id and c.is_current and c.customer_id <> -1
        where f.activity_type_code = 'task'
          and f.agent_id = $agent_id
          and f.completed_at is null
          and f.due_at is not null
          and f.due_at >= $due_from::date
          and f.due_at < ($due_by::date + 1)::timestamp
        order by f.due_at, f.activity_id
        limit $row_limit
        """;

    public static ReportResult Read(DuckDBConnection conn, long agentId, DateOnly today, DateOnly dueFrom, DateOnly dueBy, int limit)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = Sql;
        cmd.Parameters.Add(new DuckDBParameter("today", today));
        cmd.Parameters.Add(new DuckDBParameter("agent_id", agentId));
        cmd.Parameters.Add(new DuckDBParameter("due_from", dueFrom));
        cmd.Parameters.Add(new DuckDBParameter("due_by", dueBy));
        cmd.Parameters.Add(new DuckDBParameter("row_limit", limit));
        using var reader = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return new ReportResult(Definition, Definition.Columns, rows);
    }
}
