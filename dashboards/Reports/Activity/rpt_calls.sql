-- Calls: the incoming and outgoing calls of [$date_from, $date_to] by $group_by (agent, month, hour_of_day or
-- outcome) and direction: how many, how long they took (duration_seconds), how many were answered and how the
-- rest ended. Hours are the warehouse's UTC hours (occurred_hour), as its dates are UTC dates. Calls are counted
-- first on plain numbers and outcomes; the group's key and name are made for the few groups after.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
calls as (
    select
        f.activity_type_code,
        case $group_by
            when 'agent' then f.agent_id
            when 'month' then year(f.occurred_date) * 100 + month(f.occurred_date)
            when 'hour_of_day' then f.occurred_hour
        end                                                                as group_number,
        case when $group_by = 'outcome' then coalesce(f.outcome, 'unknown') end as group_text,
        f.outcome,
        f.duration_seconds
    from fct_activity f
    where f.activity_type_code in ('call_in', 'call_out')
      and f.occurred_date between $date_from and $date_to
      and ($scope_department_id is null or f.department_id = $scope_department_id)
      -- an agent sees the calls with their portfolio, and their own calls with no customer
      and ($scope_agent_id is null or f.customer_id in (select customer_id from portfolio)
           or (f.customer_id = -1 and f.agent_id = $scope_agent_id))
      and ($department_id is null or f.department_id = $department_id)
      and ($agent_id is null or f.agent_id = $agent_id)
),
-- each outcome counted once per group, so the outcome columns below read a few rows rather than every call
by_outcome as (
    select group_number, group_text, activity_type_code, outcome,
           count(*) as calls, sum(duration_seconds) as seconds, count(duration_seconds) as timed
    from calls
    group by all
),
by_group as (
    select
        group_number,
        group_text,
        activity_type_code,
        sum(calls)::bigint                                                     as calls,
        coalesce(sum(calls) filter (where outcome = 'answered'), 0)::bigint    as answered,
        coalesce(sum(calls) filter (where outcome = 'no_answer'), 0)::bigint   as no_answer,
        coalesce(sum(calls) filter (where outcome = 'busy'), 0)::bigint        as busy,
        coalesce(sum(calls) filter (where outcome = 'voicemail'), 0)::bigint   as voicemail,
        coalesce(sum(calls) filter (where outcome is null
                      or outcome not in ('answered', 'no_answer', 'busy', 'voicemail')), 0)::bigint as other_outcome,
        coalesce(sum(seconds), 0)::bigint                                      as total_duration_seconds,
        sum(seconds) / nullif(sum(timed), 0)                                   as avg_duration_seconds,
        sum(seconds) filter (where outcome = 'answered')
            / nullif(sum(timed) filter (where outcome = 'answered'), 0)        as avg_answered_duration_seconds
    from by_outcome
    group by all
),
final as (
    select
        case $group_by
            when 'agent' then b.group_number::varchar
            when 'month' then printf('%04d-%02d', b.group_number // 100, b.group_number % 100)
            when 'hour_of_day' then lpad(b.group_number::varchar, 2, '0')
            else b.group_text
        end                                                                    as group_key,
        case $group_by
            when 'agent' then coalesce(a.agent_name, 'unknown')
            when 'month' then printf('%04d-%02d', b.group_number // 100, b.group_number % 100)
            when 'hour_of_day' then lpad(b.group_number::varchar, 2, '0') || ':00 UTC'
            else b.group_text
        end                                                                    as group_name,
        case b.activity_type_code when 'call_in' then 'in' else 'out' end      as direction,
        b.calls,
        b.answered,
        b.answered / b.calls                                                   as answered_share,
        b.no_answer,
        b.busy,
        b.voicemail,
        b.other_outcome,
        b.total_duration_seconds,
        b.avg_duration_seconds,
        b.avg_answered_duration_seconds
    from by_group b
    left join dim_agent a on $group_by = 'agent' and a.agent_id = b.group_number and a.agent_id <> -1
)
select * from final
order by group_name, group_key, direction
