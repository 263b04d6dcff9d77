-- Oracle of rpt_visits on the operational tables: visits of the period (UTC days) by @group_by (agent, month or
-- department, the department of the root of the visited customer). Held: completed, or an outcome saying how it went.
with recursive {{roots_and_portfolio}},
visits as (
    select a.outcome, a.completed_at, a.duration_seconds,
           case @group_by::text
               when 'agent' then coalesce(a.agent_id, -1)::text
               when 'month' then to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM')
               else coalesce(root.department_id, -1)::text
           end as group_key
    from activities a
    left join roots r on r.id = a.customer_id
    left join customers root on root.id = r.root_id
    where a.deleted_at is null
      and a.type_code = 'visit'
      and a.occurred_at >= @date_from::date::timestamp at time zone 'UTC'
      and a.occurred_at < (@date_to::date + 1)::timestamp at time zone 'UTC'
      and (@scope_department_id::bigint is null or coalesce(root.department_id, -1) = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or a.customer_id in (select id from portfolio)
           or (a.customer_id is null and a.agent_id = @scope_agent_id::bigint))
      and (@department_id::bigint is null or coalesce(root.department_id, -1) = @department_id::bigint)
      and (@agent_id::bigint is null or a.agent_id = @agent_id::bigint)
)
select
    m.group_key,
    case @group_by::text
        when 'agent' then coalesce(ag.full_name, 'unknown')
        when 'month' then m.group_key
        else coalesce(dep.name, 'unknown')
    end                                                                   as group_name,
    count(*)                                                              as visits,
    count(*) filter (where m.completed_at is not null or m.outcome in ('done', 'positive', 'neutral', 'negative')) as completed,
    (count(*) filter (where m.completed_at is not null or m.outcome in ('done', 'positive', 'neutral', 'negative')))::float8
        / count(*)                                                        as completed_share,
    count(*) filter (where m.outcome = 'positive')                        as positive,
    count(*) filter (where m.outcome = 'neutral')                         as neutral,
    count(*) filter (where m.outcome = 'negative')                        as negative,
    count(*) filter (where m.outcome is null or m.outcome not in ('positive', 'neutral', 'negative')) as other_outcome,
    (count(*) filter (where m.outcome = 'positive'))::float8 / count(*)   as positive_share,
    coalesce(sum(m.duration_seconds), 0)                                  as total_duration_seconds,
    avg(m.duration_seconds)                                               as avg_duration_seconds
from visits m
left join agents ag on @group_by::text = 'agent' and ag.id::text = m.group_key
left join departments dep on @group_by::text = 'department' and dep.id::text = m.group_key
group by 1, 2
order by 2, 1
