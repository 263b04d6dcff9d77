namespace Crm.Warehouse.Etl;

/// <summary>
/// Figures computed independently on both sides after a load; a mismatch keeps the previous warehouse live.
/// The PostgreSQL side runs in the load's snapshot, so both sides describe the same moment.
/// </summary>
public sealed record Reconciliation(string Name, string SourceSql, string WarehouseSql)
{
    public static IReadOnlyList<Reconciliation> All { get; } =
    [
        new("deals.count",
            "select count(*)::numeric from deals where deleted_at is null",
            "select count(*)::decimal(38,2) from fct_deal"),
        new("deals.amount",
            "select coalesce(sum(amount), 0) from deals where deleted_at is null",
            "select coalesce(sum(amount), 0)::decimal(38,2) from fct_deal"),
        new("deal_transitions.count",
            "select count(*)::numeric from deal_stage_history h join deals d on d.id = h.deal_id where d.deleted_at is null",
            "select count(*)::decimal(38,2) from fct_deal_stage_transition"),
        new("activities.count",
            "select count(*)::numeric from activities where deleted_at is null",
            "select count(*)::decimal(38,2) from fct_activity"),
        new("activities.amount",
            "select coalesce(sum(amount), 0) from activities where deleted_at is null",
            "select coalesce(sum(amount), 0)::decimal(38,2) from fct_activity"),
        new("customers.count",
            "select count(*)::numeric from customers where deleted_at is null",
            "select (count(*) - 1)::decimal(38,2) from dim_customer"),
    ];
}
