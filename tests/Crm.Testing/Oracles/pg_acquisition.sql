-- rpt_acquisition on the operational tables: customers created in the period by source or campaign, those with a deal
-- won by the period's end and its amounts, and the campaign expenses booked in the months beginning in the period.
with recursive {{roots_and_portfolio}},
acquired as (
    select c.id, c.source_code, coalesce(c.campaign_id, -1) as campaign_id
    from customers c
    where c.merged_into_id is null and c.deleted_at is null
      and (c.created_at at time zone 'UTC')::date between @date_from::date and @date_to::date
      and (@scope_department_id::bigint is null or c.department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or c.id in (select id from portfolio))
      and (@department_id::bigint is null or c.department_id = @department_id::bigint)
      and (@source_code::text is null or c.source_code = @source_code::text)
      and (@campaign_id::bigint is null or c.campaign_id = @campaign_id::bigint)
),
won as (
    select r.root_id as id, sum(d.amount) as won_revenue
    from deals d
    join roots r on r.id = d.customer_id
    where d.stage = 'won' and d.deleted_at is null
      and (d.closed_at at time zone 'UTC')::date <= @date_to::date
      and r.root_id in (select id from acquired)
      and (@scope_department_id::bigint is null or d.department_id = @scope_department_id::bigint)
      and (@department_id::bigint is null or d.department_id = @department_id::bigint)
    group by r.root_id
),
spent as (
    select cm.id as campaign_id, cm.source_code, sum(a.amount) as cost
    from expenses e
    join activities a on a.id = e.activity_id and a.deleted_at is null
    join campaigns cm on cm.id = coalesce(e.campaign_id, a.campaign_id)
    where date_trunc('month', (a.occurred_at at time zone 'UTC')::date)::date between @date_from::date and @date_to::date
      and @scope_agent_id::bigint is null
      and (@scope_department_id::bigint is null or coalesce(cm.department_id, -1) = @scope_department_id::bigint)
      and (@department_id::bigint is null or coalesce(cm.department_id, -1) = @department_id::bigint)
      and (@source_code::text is null or cm.source_code = @source_code::text)
      and (@campaign_id::bigint is null or cm.id = @campaign_id::bigint)
    group by cm.id, cm.source_code
),
leads as (
    select
        case when @group_by::text = 'campaign' then '-' else a.source_code end as source_key,
        case when @group_by::text = 'campaign' then a.campaign_id else 0 end   as campaign_key,
        count(*)                         as leads,
        count(w.id)                      as converted,
        coalesce(sum(w.won_revenue), 0)  as won_revenue
    from acquired a
    left join won w on w.id = a.id
    group by 1, 2
),
costs as (
    select
        case when @group_by::text = 'campaign' then '-' else s.source_code end as source_key,
        case when @group_by::text = 'campaign' then s.campaign_id else 0 end   as campaign_key,
        sum(s.cost) as cost
    from spent s
    group by 1, 2
),
members as (
    select
        coalesce(l.source_key, c.source_key)    as source_key,
        coalesce(l.campaign_key, c.campaign_key) as campaign_key,
        coalesce(l.leads, 0)                    as leads,
        coalesce(l.converted, 0)                as converted,
        coalesce(l.won_revenue, 0)              as won_revenue,
        coalesce(c.cost, 0)                     as cost
    from leads l
    full join costs c on c.source_key = l.source_key and c.campaign_key = l.campaign_key
)
select
    case when m.source_key = '-' then coalesce(cm.source_code, '-1') else m.source_key end as source_code,
    nullif(m.campaign_key, 0)                                     as campaign_id,
    m.leads,
    m.converted,
    m.converted::float8 / nullif(m.leads, 0)                      as conversion,
    m.won_revenue,
    m.cost,
    ((m.won_revenue - m.cost) / nullif(m.cost, 0))::float8        as roi,
    round(nullif(m.cost, 0) / nullif(m.leads, 0), 2)              as cost_per_acquired_customer
from members m
left join campaigns cm on cm.id = m.campaign_key and m.source_key = '-'
