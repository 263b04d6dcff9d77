-- Visits: the visits of [$date_from, $date_to] by $group_by (agent, month or department): how many, how many
-- were held (a completion time, or an outcome that says how they went) and how they went, and how long they took.
-- Counted first on plain numbers and outcomes; the group's key and name are made for the few groups after.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
visits as (
    select
        case $group_by
            when 'agent' then f.agent_id
            when 'month' then year(f.occurred_date) * 100 + month(f.occurred_date)
            else f.department_id
        end                                                                as group_number,
        f.outcome,
        f.completed_at,
        f.duration_seconds
    from fct_activity f
    where f.activity_type_code = 'visit'
      and f.occurred_date between $date_from and $date_to
      and ($scope_department_id is null or f.department_id = $scope_department_id)
      -- an agent sees the visits with their portfolio, and their own visits with no customer
      and ($scope_agent_id is null or f.customer_id in (select customer_id from portfolio)
           or (f.customer_id = -1 and f.agent_id = $scope_agent_id))
      and ($department_id is null or f.department_id = $department_id)
      and ($agent_id is null or f.agent_id = $agent_id)
),
-- each outcome counted once per group, so the outcome columns below read a few rows rather than every visit
by_outcome as (
    select group_number, outcome,
           completed_at is not null or outcome in ('done', 'positive', 'neutral', 'negative') as held,
           count(*) as visits, sum(duration_seconds) as seconds, count(duration_seconds) as timed
    from visits
    group by all
),
by_group as (
    select
        group_number,
        sum(visits)::bigint                                                     as visits,
        coalesce(sum(visits) filter (where held), 0)::bigint                    as completed,
        coalesce(sum(visits) filter (where outcome = 'positive'), 0)::bigint    as positive,
        coalesce(sum(visits) filter (where outcome = 'neutral'), 0)::bigint     as neutral,
        coalesce(sum(visits) filter (where outcome = 'negative'), 0)::bigint    as negative,
        coalesce(sum(visits) filter (where outcome is null
                      or outcome not in ('positive', 'neutral', 'negative')), 0)::bigint as other_outcome,
        coalesce(sum(seconds), 0)::bigint                                       as total_duration_seconds,
        sum(seconds) / nullif(sum(timed), 0)                                    as avg_duration_seconds
    from by_outcome
    group by all
),
final as (
    select
        case when $group_by = 'month' then printf('%04d-%02d', b.group_number // 100, b.group_number % 100)
             else b.group_number::varchar
        end                                                                    as group_key,
        case $group_by
            when 'agent' then coalesce(a.agent_name, 'unknown')
            when 'month' then printf('%04d-%02d', b.group_number // 100, b.group_number % 100)
            else coalesce(d.department_name, 'unknown')
        end                                                                    as group_name,
        b.visits,
        b.completed,
        b.completed / b.visits                                                 as completed_share,
        b.positive,
        b.neutral,
        b.negative,
        b.other_outcome,
        b.positive / b.visits                                                  as positive_share,
        b.total_duration_seconds,
        b.avg_duration_seconds
    from by_group b
    left join dim_agent a on $group_by = 'agent' and a.agent_id = b.group_number and a.agent_id <> -1
    left join dim_department d on $group_by = 'department' and d.department_id = b.group_number and d.department_id <> -1
)
select * from final
order by group_name, group_key
