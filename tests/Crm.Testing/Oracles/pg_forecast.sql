-- The weighted forecast from the operational deals: win rates per stage from the closed deals' stage history,
-- open deals bucketed by expected close month (overdue ones into the as-of month).
with recursive {{roots_and_portfolio}},
as_of as (
    select date_trunc('month', coalesce(@as_of::date, current_date))::date as month
),
furthest as (
    select d.id, d.stage, max(s.sort_order) filter (where s.code <> 'lost') as furthest_order
    from deals d
    join deal_stage_history h on h.deal_id = d.id
    join deal_stages s on s.code = h.to_stage
    where d.deleted_at is null and d.stage in ('won', 'lost')
    group by d.id, d.stage
),
win_rates as (
    select s.code as stage_code, count(*) filter (where f.stage = 'won')::float8 / nullif(count(*), 0) as win_rate
    from deal_stages s
    join furthest f on f.furthest_order >= s.sort_order
    where s.code not in ('won', 'lost')
    group by s.code
),
open_deals as (
    select d.amount, d.stage,
           d.expected_close_date < (select month from as_of) as overdue,
           greatest(date_trunc('month', coalesce(d.expected_close_date, coalesce(@as_of::date, current_date)))::date, (select month from as_of)) as close_month
    from deals d
    where d.deleted_at is null and d.closed_at is null
      and (@scope_department_id::bigint is null or d.department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or d.customer_id in (select id from portfolio))
      and (@department_id::bigint is null or d.department_id = @department_id::bigint)
      and (@agent_id::bigint is null or d.owner_agent_id = @agent_id::bigint)
      and (@source_code::text is null or d.source_code = @source_code::text)
      and (@campaign_id::bigint is null or d.campaign_id = @campaign_id::bigint)
)
select o.close_month as month_start, count(*) as open_deals, count(*) filter (where o.overdue) as overdue_deals,
       sum(o.amount) as pipeline_amount, round(sum(o.amount * coalesce(w.win_rate, 0))::numeric, 2) as weighted_amount
from open_deals o
left join win_rates w on w.stage_code = o.stage
where o.close_month < (select month from as_of) + make_interval(months => @months::int)
group by o.close_month
order by o.close_month
