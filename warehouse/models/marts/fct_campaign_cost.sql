-- One row per campaign and month: its budget (campaigns.cost) spread evenly over its days and summed by month, and
-- the expenses booked against it that month. The two are plan and actual of the same money (the invoices spend the
-- budget), so they are kept apart rather than added. The spread is rounded cumulatively, so a campaign's months
-- add up to exactly its cost. Small, so it is rebuilt whole on every load.
with campaigns as (
    select campaign_id, campaign_cost, starts_on, ends_on, date_diff('day', starts_on, ends_on) + 1 as campaign_days
    from stg_campaigns
    where not is_deleted
),
campaign_months as (
    select
        *,
        unnest(range(year(starts_on) * 12 + month(starts_on) - 1, year(ends_on) * 12 + month(ends_on))) as month_no
    from campaigns
),
spread as (
    select
        campaign_id,
        make_date((month_no // 12)::int, (month_no % 12 + 1)::int, 1)  as month_date,
        campaign_cost,
        campaign_days,
        starts_on,
        ends_on
    from campaign_months
),
budget as (
    select
        campaign_id,
        month_date,
        (round(campaign_cost * (date_diff('day', starts_on, least(last_day(month_date), ends_on)) + 1) / campaign_days, 2)
         - round(campaign_cost * date_diff('day', starts_on, greatest(month_date, starts_on)) / campaign_days, 2)
        )::decimal(16, 2) as budget_amount
    from spread
),
expenses as (
    select campaign_id, date_trunc('month', expense_date)::date as month_date, sum(amount) as spent_amount
    from fct_expense
    where campaign_id <> -1
    group by all
),
costs as (
    select
        coalesce(b.campaign_id, e.campaign_id)          as campaign_id,
        coalesce(b.month_date, e.month_date)            as month_date,
        coalesce(b.budget_amount, 0)                    as budget_amount,
        coalesce(e.spent_amount, 0)                     as spent_amount
    from budget b
    full join expenses e on e.campaign_id = b.campaign_id and e.month_date = b.month_date
),
final as (
    select
        c.month_date,
        c.campaign_id,
        d.department_id,
        coalesce(r.region_key, '-1')                    as region_key,
        d.source_code,
        c.budget_amount,
        c.spent_amount
    from costs c
    join dim_campaign d on d.campaign_id = c.campaign_id
    left join dim_department r on r.department_id = d.department_id
)
select * from final
