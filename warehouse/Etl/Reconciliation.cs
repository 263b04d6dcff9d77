namespace Crm.Warehouse.Etl;

/// <summary>
/// Figures computed independently on both sides after a load; a mismatch keeps the previous warehouse live.
/// The PostgreSQL side runs in the load's snapshot, so both sides describe the same moment. Each pair counts by
/// the fact's own rules: soft-deleted rows and the rows hanging off soft-deleted activities are left out.
/// </summary>
public sealed record Reconciliation(string Name, string SourceSql, string WarehouseSql)
{
    private const string LiveExpenses = "expenses e join activities a on a.id = e.activity_id where a.deleted_at is null";

    // An anti-join with the few deleted activities reads the journal once instead of joining all of it (M: half the time).
    private const string LiveSaleLines =
        "sale_lines l where not exists (select 1 from activities a where a.id = l.sale_activity_id and a.deleted_at is not null)";

    private const string LiveMoney = "activities where type_code in ('payment', 'refund', 'bank_payment') and deleted_at is null";

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
        // Closed deals only: an open deal's months still grow with the calendar, a closed one's are settled.
        new("deal_month_ends.closed_deals",
            """
            select coalesce(sum(greatest(0,
                (extract(year from closed_at at time zone 'UTC') * 12 + extract(month from closed_at at time zone 'UTC'))
              - (extract(year from opened_at at time zone 'UTC') * 12 + extract(month from opened_at at time zone 'UTC')))), 0)
            from deals where deleted_at is null and closed_at is not null
            """,
            "select count(*)::decimal(38,2) from fct_deal_monthly_snapshot s join fct_deal d using (deal_id) where d.closed_at is not null"),
        new("activities.count",
            "select count(*)::numeric from activities where deleted_at is null",
            "select count(*)::decimal(38,2) from fct_activity"),
        new("activities.amount",
            "select coalesce(sum(amount), 0) from activities where deleted_at is null",
            "select coalesce(sum(amount), 0)::decimal(38,2) from fct_activity"),
        new("sale_lines.count",
            $"select count(*)::numeric from {LiveSaleLines}",
            "select count(*)::decimal(38,2) from fct_sale_line"),
        new("sale_lines.revenue",
            $"select coalesce(sum(round(l.quantity * l.unit_price - l.discount_amount, 2)), 0) from {LiveSaleLines}",
            "select coalesce(sum(revenue), 0)::decimal(38,2) from fct_sale_line"),
        new("sale_lines.cost",
            $"select coalesce(sum(round(l.quantity * l.unit_cost, 2)), 0) from {LiveSaleLines}",
            "select coalesce(sum(cost), 0)::decimal(38,2) from fct_sale_line"),
        new("payments.count",
            $"select count(*)::numeric from {LiveMoney}",
            "select count(*)::decimal(38,2) from fct_payment"),
        new("payments.net_amount",
            $"select coalesce(sum(case when type_code = 'refund' then -amount else amount end), 0) from {LiveMoney}",
            "select coalesce(sum(signed_amount), 0)::decimal(38,2) from fct_payment"),
        new("expenses.count",
            $"select count(*)::numeric from {LiveExpenses}",
            "select count(*)::decimal(38,2) from fct_expense"),
        new("expenses.amount",
            $"select coalesce(sum(a.amount), 0) from {LiveExpenses}",
            "select coalesce(sum(amount), 0)::decimal(38,2) from fct_expense"),
        new("salaries.count",
            "select count(*)::numeric from salary_payments where deleted_at is null",
            "select count(*)::decimal(38,2) from fct_salary"),
        new("salaries.amount",
            "select coalesce(sum(base_amount + commission_amount), 0) from salary_payments where deleted_at is null",
            "select coalesce(sum(total_amount), 0)::decimal(38,2) from fct_salary"),
        new("loyalty.count",
            "select count(*)::numeric from loyalty_ledger",
            "select count(*)::decimal(38,2) from fct_loyalty"),
        new("loyalty.points",
            "select coalesce(sum(points_earned - points_spent), 0)::numeric from loyalty_ledger",
            "select coalesce(sum(points_net), 0)::decimal(38,2) from fct_loyalty"),
        new("campaign_costs.budget",
            "select coalesce(sum(cost), 0) from campaigns where deleted_at is null",
            "select coalesce(sum(budget_amount), 0)::decimal(38,2) from fct_campaign_cost"),
        new("campaign_costs.spent",
            $"select coalesce(sum(a.amount), 0) from {LiveExpenses} and coalesce(e.campaign_id, a.campaign_id) is not null",
            "select coalesce(sum(spent_amount), 0)::decimal(38,2) from fct_campaign_cost"),
        // Customers are counted once however often they were entered: live roots against current versions.
        new("customers.count",
            "select count(*)::numeric from customers where deleted_at is null and merged_into_id is null",
            "select count(*)::decimal(38,2) from dim_customer where is_current and not is_deleted and customer_id <> -1"),
    ];
}
