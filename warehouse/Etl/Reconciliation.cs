namespace Crm.Warehouse.Etl;

/// <summary>
/// Figures computed independently on both sides after a load; a mismatch keeps the previous warehouse live.
/// Each entry reads its source table once and returns one column per name, in order: the figures of a table
/// share a scan (at M the journal alone is 10M rows, and four separate scans of it were most of a load's checks).
/// The PostgreSQL side runs in the load's snapshot, so both sides describe the same moment. Each pair counts by
/// the fact's own rules: soft-deleted rows and the rows hanging off soft-deleted activities are left out.
/// </summary>
public sealed record Reconciliation(string[] Names, string SourceSql, string WarehouseSql)
{
    // An anti-join with the few deleted activities reads the journal once instead of joining all of it (M: half the time).
    private const string LiveSaleLines =
        "sale_lines l where not exists (select 1 from activities a where a.id = l.sale_activity_id and a.deleted_at is not null)";

    private const string Money = "type_code in ('payment', 'refund', 'bank_payment')";

    public static IReadOnlyList<Reconciliation> All { get; } =
    [
        new(["deals.count", "deals.amount"],
            "select count(*), coalesce(sum(amount), 0) from deals where deleted_at is null",
            "select count(*), coalesce(sum(amount), 0) from fct_deal"),
        new(["deal_transitions.count"],
            "select count(*) from deal_stage_history h join deals d on d.id = h.deal_id where d.deleted_at is null",
            "select count(*) from fct_deal_stage_transition"),
        // Closed deals only: an open deal's months still grow with the calendar, a closed one's are settled.
        new(["deal_month_ends.closed_deals"],
            """
            select coalesce(sum(greatest(0,
                (extract(year from closed_at at time zone 'UTC') * 12 + extract(month from closed_at at time zone 'UTC'))
              - (extract(year from opened_at at time zone 'UTC') * 12 + extract(month from opened_at at time zone 'UTC')))), 0)
            from deals where deleted_at is null and closed_at is not null
            """,
            "select count(*) from fct_deal_monthly_snapshot s join fct_deal d using (deal_id) where d.closed_at is not null"),
        new(["activities.count", "activities.amount", "payments.count", "payments.net_amount"],
            $"""
            select count(*), coalesce(sum(amount), 0),
                   count(*) filter (where {Money}),
                   coalesce(sum(case when type_code = 'refund' then -amount else amount end) filter (where {Money}), 0)
            from activities where deleted_at is null
            """,
            """
            select (select count(*) from fct_activity), (select coalesce(sum(amount), 0) from fct_activity),
                   (select count(*) from fct_payment), (select coalesce(sum(signed_amount), 0) from fct_payment)
            """),
        new(["sale_lines.count", "sale_lines.revenue", "sale_lines.cost"],
            $"""
            select count(*), coalesce(sum(round(l.quantity * l.unit_price - l.discount_amount, 2)), 0),
                   coalesce(sum(round(l.quantity * l.unit_cost, 2)), 0)
            from {LiveSaleLines}
            """,
            "select count(*), coalesce(sum(revenue), 0), coalesce(sum(cost), 0) from fct_sale_line"),
        new(["expenses.count", "expenses.amount", "campaign_costs.spent"],
            """
            select count(*), coalesce(sum(a.amount), 0),
                   coalesce(sum(a.amount) filter (where coalesce(e.campaign_id, a.campaign_id) is not null), 0)
            from expenses e join activities a on a.id = e.activity_id where a.deleted_at is null
            """,
            """
            select (select count(*) from fct_expense), (select coalesce(sum(amount), 0) from fct_expense),
                   (select coalesce(sum(spent_amount), 0) from fct_campaign_cost)
            """),
        new(["salaries.count", "salaries.amount"],
            "select count(*), coalesce(sum(base_amount + commission_amount), 0) from salary_payments where deleted_at is null",
            "select count(*), coalesce(sum(total_amount), 0) from fct_salary"),
        new(["sales_plans.count", "sales_plans.target"],
            "select count(*), coalesce(sum(target_amount), 0) from sales_plans where deleted_at is null",
            "select count(*), coalesce(sum(target_amount), 0) from fct_sales_plan"),
        new(["loyalty.count", "loyalty.points"],
            "select count(*), coalesce(sum(points_earned - points_spent), 0) from loyalty_ledger",
            "select count(*), coalesce(sum(points_net), 0) from fct_loyalty"),
        new(["campaign_costs.budget"],
            "select coalesce(sum(cost), 0) from campaigns where deleted_at is null",
            "select coalesce(sum(budget_amount), 0) from fct_campaign_cost"),
        // Customers are counted once however often they were entered: live roots against current versions.
        new(["customers.count"],
            "select count(*) from customers where deleted_at is null and merged_into_id is null",
            "select count(*) from dim_customer where is_current and not is_deleted and customer_id <> -1"),
    ];
}
