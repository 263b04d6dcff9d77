-- config: materialized=incremental, unique_key=deal_id, sort_by=snapshot_date
-- One row per live deal and month end at which it was open (opened before the month ended and not closed by
-- then), with its stage, owner and customer as they were at that moment: the pipeline as it stood at each month
-- end. An open deal's row for the current month shows it as it stands now. Amounts have no history, so amount is
-- the deal's present one. Month ends are UTC, like every date of the warehouse.
with deals as (
    select deal_id, customer_id, owner_agent_id, department_id, product_id, amount, opened_at, opened_date, closed_at
    from fct_deal
    {% if is_incremental %} where deal_id in (select deal_id from affected_fct_deal_monthly_snapshot) {% endif %}
),
spans as (
    -- months numbered year * 12 + month - 1, from the opening month to the last whose end found the deal open
    -- (for a deal still open, the current month)
    select
        *,
        year(opened_at) * 12 + month(opened_at) - 1 as first_month,
        case when closed_at is null then year(current_date) * 12 + month(current_date) - 1
             else year(closed_at) * 12 + month(closed_at) - 2 end as last_month
    from deals
),
months as (
    select
        deal_id, customer_id, owner_agent_id, department_id, product_id, amount, opened_date,
        unnest(range(first_month, last_month + 1)) + 1 as next_month
    from spans
),
month_ends as (
    select
        *,
        make_date((next_month // 12)::int, (next_month % 12 + 1)::int, 1)::timestamp as month_ends_at
    from months
),
last_at_each_moment as (
    -- of changes at the same moment, the last (an entry from no stage comes before a move, then the recording order)
    select deal_id, changed_at, to_stage_code
    from stg_deal_stage_history
    where deal_id in (select deal_id from deals)
    qualify row_number() over (partition by deal_id, changed_at order by from_stage_code is not null desc, transition_id desc) = 1
),
stage_spans as (
    -- each stage stands from its change until the next
    select
        deal_id,
        to_stage_code,
        changed_at,
        coalesce(lead(changed_at) over (partition by deal_id order by changed_at), timestamp 'infinity') as until_at
    from last_at_each_moment
),
ownership as (
    select deal_id, agent_id, valid_from, valid_to
    from stg_deal_ownership
    where deal_id in (select deal_id from deals)
),
owned as (
    select distinct deal_id from ownership
),
versions as (
    select customer_id, customer_key, valid_from, valid_to from int_customer_version_spans
),
stages as (
    select stage_code, sort_order from dim_deal_stage
),
final as (
    select
        (m.month_ends_at - interval 1 day)::date      as snapshot_date,
        m.deal_id,
        m.customer_id,
        coalesce(v.customer_key, -1)                   as customer_key,
        -- the owner then: deal_ownership where it has rows, the deal's recorded owner where it has none
        case when d.deal_id is null then m.owner_agent_id
             when o.deal_id is not null and (o.valid_to is null or o.valid_to >= m.month_ends_at) then o.agent_id
             else -1 end                               as owner_agent_id,
        m.department_id,
        m.product_id,
        coalesce(t.to_stage_code, 'lead')              as stage_code,
        coalesce(s.sort_order, 1)                      as stage_order,
        m.amount,
        date_diff('day', m.opened_date, (m.month_ends_at - interval 1 day)::date) as days_open
    from month_ends m
    left join stage_spans t on t.deal_id = m.deal_id and m.month_ends_at > t.changed_at and m.month_ends_at <= t.until_at
    asof left join ownership o on o.deal_id = m.deal_id and m.month_ends_at > o.valid_from
    left join versions v on v.customer_id = m.customer_id and m.month_ends_at > v.valid_from and m.month_ends_at <= v.valid_to
    left join owned d on d.deal_id = m.deal_id
    left join stages s on s.stage_code = t.to_stage_code
)
select * from final
