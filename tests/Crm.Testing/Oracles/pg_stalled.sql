-- Oracle of rpt_stalled on the operational tables: deals open at the end of @as_of (a UTC day) whose last activity
-- is @stalled_days or more days old, or whose stage has lasted more than @stage_factor times the median time deals
-- spent in it before leaving it (every live deal's stage changes of the @practice_days days up to @as_of). Stage as of @as_of
-- from the history.
with recursive {{roots_and_portfolio}},
bounds as (
    select @as_of::date as as_of, (@as_of::date + 1)::timestamp at time zone 'UTC' as as_of_end,
           (@as_of::date + 1 - @practice_days::int)::timestamp at time zone 'UTC' as year_start
),
open_deals as (
    select d.id, d.customer_id, d.owner_agent_id, d.amount, d.opened_at, d.stage, d.stage_changed_at
    from deals d, bounds b
    where d.deleted_at is null
      and d.opened_at < b.as_of_end
      and (d.closed_at is null or d.closed_at >= b.as_of_end)
      and (@scope_department_id::bigint is null or d.department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or d.customer_id in (select id from portfolio))
      and (@department_id::bigint is null or d.department_id = @department_id::bigint)
      and (@agent_id::bigint is null or d.owner_agent_id = @agent_id::bigint)
),
stage_then as (
    select distinct on (h.deal_id) h.deal_id, h.to_stage, h.changed_at
    from deal_stage_history h, bounds b
    where h.deal_id in (select id from open_deals) and h.changed_at < b.as_of_end
    order by h.deal_id, h.changed_at desc, h.id desc
),
last_touch as (
    select a.deal_id, max(a.occurred_at) as occurred_at
    from activities a, bounds b
    where a.deleted_at is null and a.deal_id in (select id from open_deals) and a.occurred_at < b.as_of_end
    group by a.deal_id
),
stays as (
    select h.from_stage, h.changed_at,
           extract(epoch from h.changed_at - lag(h.changed_at) over (partition by h.deal_id order by h.changed_at, h.id)) as seconds
    from deal_stage_history h
    join deals d on d.id = h.deal_id and d.deleted_at is null
),
usual as (
    select s.from_stage, percentile_cont(0.5) within group (order by s.seconds) / 86400.0 as usual_days
    from stays s, bounds b
    where s.changed_at >= b.year_start and s.changed_at < b.as_of_end and s.from_stage is not null and s.seconds is not null
    group by s.from_stage
),
judged as (
    select
        d.id                                                                     as deal_id,
        coalesce(r.root_id, -1)                                                  as customer_id,
        coalesce(root.name, 'unknown')                                           as customer_name,
        d.owner_agent_id,
        coalesce(ag.full_name, 'unknown')                                        as owner_name,
        coalesce(s.to_stage, d.stage)                                            as stage_code,
        d.amount,
        (l.occurred_at at time zone 'UTC')::date                                 as last_activity_date,
        b.as_of - (coalesce(l.occurred_at, d.opened_at) at time zone 'UTC')::date as days_since_last_activity,
        b.as_of - (coalesce(s.changed_at, d.stage_changed_at) at time zone 'UTC')::date as days_in_stage,
        u.usual_days
    from open_deals d
    cross join bounds b
    left join roots r on r.id = d.customer_id
    left join customers root on root.id = r.root_id
    left join agents ag on ag.id = d.owner_agent_id
    left join stage_then s on s.deal_id = d.id
    left join last_touch l on l.deal_id = d.id
    left join usual u on u.from_stage = coalesce(s.to_stage, d.stage)
),
flagged as (
    select j.*,
           j.days_since_last_activity >= @stalled_days::int                          as no_activity,
           coalesce(j.days_in_stage > @stage_factor::int * j.usual_days, false)      as slow_stage
    from judged j
    join deal_stages st on st.code = j.stage_code and not st.is_closed
)
select
    deal_id, customer_id, customer_name, owner_agent_id, owner_name, stage_code, amount, last_activity_date,
    days_since_last_activity, days_in_stage, round(usual_days::numeric, 1) as usual_days_in_stage,
    case when no_activity and slow_stage then 'both' when no_activity then 'no_activity' else 'slow_stage' end as reason
from flagged
where no_activity or slow_stage
order by amount desc, deal_id
