-- Oracle of rpt_calls on the operational tables: calls of the period (UTC days) by @group_by and direction.
-- A call counts for the root of the customer it was with; an agent's scope is the customers whose root the agent
-- owns now, plus the agent's own calls with no customer.
with recursive {{roots_and_portfolio}},
calls as (
    select a.type_code, a.outcome, a.duration_seconds,
           case @group_by::text
               when 'agent' then coalesce(a.agent_id, -1)::text
               when 'month' then to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM')
               when 'hour_of_day' then to_char(a.occurred_at at time zone 'UTC', 'HH24')
               else coalesce(a.outcome, 'unknown')
           end as group_key
    from activities a
    left join roots r on r.id = a.customer_id
    left join customers root on root.id = r.root_id
    where a.deleted_at is null
      and a.type_code in ('call_in', 'call_out')
      and a.occurred_at >= @date_from::date::timestamp at time zone 'UTC'
      and a.occurred_at < (@date_to::date + 1)::timestamp at time zone 'UTC'
      and (@scope_department_id::bigint is null or coalesce(root.department_id, -1) = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or a.customer_id in (select id from portfolio)
           or (a.customer_id is null and a.agent_id = @scope_agent_id::bigint))
      and (@department_id::bigint is null or coalesce(root.department_id, -1) = @department_id::bigint)
      and (@agent_id::bigint is null or a.agent_id = @agent_id::bigint)
)
select
    c.group_key,
    case @group_by::text
        when 'agent' then coalesce(ag.full_name, 'unknown')
        when 'hour_of_day' then c.group_key || ':00 UTC'
        else c.group_key
    end                                                                   as group_name,
    case c.type_code when 'call_in' then 'in' else 'out' end              as direction,
    count(*)                                                              as calls,
    count(*) filter (where c.outcome = 'answered')                        as answered,
    count(*) filter (where c.outcome = 'answered')::float8 / count(*)     as answered_share,
    count(*) filter (where c.outcome = 'no_answer')                       as no_answer,
    count(*) filter (where c.outcome = 'busy')                            as busy,
    count(*) filter (where c.outcome = 'voicemail')                       as voicemail,
    count(*) filter (where c.outcome is null or c.outcome not in ('answered', 'no_answer', 'busy', 'voicemail')) as other_outcome,
    coalesce(sum(c.duration_seconds), 0)                                  as total_duration_seconds,
    avg(c.duration_seconds)                                               as avg_duration_seconds,
    avg(c.duration_seconds) filter (where c.outcome = 'answered')         as avg_answered_duration_seconds
from calls c
left join agents ag on @group_by::text = 'agent' and ag.id::text = c.group_key
group by 1, 2, 3
order by 2, 1, 3
