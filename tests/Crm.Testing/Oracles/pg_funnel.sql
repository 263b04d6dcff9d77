-- The funnel from the stage history: a deal is in a stage's bar when it moved into that stage; velocity is the
-- median over the deals of the time each spent in the stage (the gaps between its moves, counted for the stage left).
with recursive {{roots_and_portfolio}},
picked as (
    select d.id, d.amount
    from deals d
    where d.deleted_at is null
      and (d.opened_at at time zone 'UTC')::date between @date_from::date and @date_to::date
      and (@scope_department_id::bigint is null or d.department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or d.customer_id in (select id from portfolio))
      and (@department_id::bigint is null or d.department_id = @department_id::bigint)
      and (@agent_id::bigint is null or d.owner_agent_id = @agent_id::bigint)
      and (@source_code::text is null or d.source_code = @source_code::text)
      and (@campaign_id::bigint is null or d.campaign_id = @campaign_id::bigint)
),
reached as (
    select h.to_stage as stage_code, count(distinct p.id) as deals
    from picked p join deal_stage_history h on h.deal_id = p.id
    group by h.to_stage
),
reached_amount as (
    select s.code as stage_code, coalesce(sum(p.amount), 0) as amount
    from deal_stages s
    join picked p on exists (select 1 from deal_stage_history h where h.deal_id = p.id and h.to_stage = s.code)
    group by s.code
),
moves as (
    select h.deal_id, h.from_stage,
           extract(epoch from date_trunc('second', h.changed_at at time zone 'UTC'))
         - extract(epoch from date_trunc('second', lag(h.changed_at) over (partition by h.deal_id order by h.changed_at, h.from_stage is not null, h.id) at time zone 'UTC'))
           as seconds
    from deal_stage_history h
    where h.deal_id in (select id from picked)
),
stays as (
    select deal_id, from_stage, sum(seconds) as seconds
    from moves where seconds is not null and from_stage is not null
    group by deal_id, from_stage
),
velocity as (
    select from_stage as stage_code, round((percentile_cont(0.5) within group (order by seconds) / 86400.0)::numeric, 1) as median_days_in_stage
    from stays
    group by from_stage
)
select s.code as stage_code, s.sort_order, coalesce(r.deals, 0) as deals, coalesce(a.amount, 0) as amount, v.median_days_in_stage
from deal_stages s
left join reached r on r.stage_code = s.code
left join reached_amount a on a.stage_code = s.code
left join velocity v on v.stage_code = s.code
where s.code <> 'lost'
order by s.sort_order
