-- One row per live expense: how much, on what, by which department and agent, for which campaign (from the
-- expense, else its activity). Small, so it is rebuilt whole on every load.
with expenses as (
    select * from stg_expenses
),
activities as (
    select activity_id, occurred_at, occurred_date, agent_id, campaign_id, partner_id, amount
    from fct_activity
),
departments as (
    select department_id, region_key from dim_department
),
campaigns as (
    select campaign_id, source_code from dim_campaign
),
final as (
    select
        e.activity_id,
        a.occurred_date                                      as expense_date,
        a.occurred_at                                        as spent_at,
        a.agent_id,
        coalesce(e.department_id, -1)                        as department_id,
        coalesce(d.region_key, '-1')                         as region_key,
        coalesce(e.campaign_id, nullif(a.campaign_id, -1), -1) as campaign_id,
        coalesce(c.source_code, '-1')                        as source_code,
        a.partner_id,
        e.expense_category,
        e.vendor,
        a.amount
    from expenses e
    join activities a on a.activity_id = e.activity_id
    left join departments d on d.department_id = e.department_id
    left join campaigns c on c.campaign_id = coalesce(e.campaign_id, nullif(a.campaign_id, -1))
)
select * from final
