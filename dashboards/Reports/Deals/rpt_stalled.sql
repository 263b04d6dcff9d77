-- Stalled negotiations: the deals open at the end of $as_of (a UTC day) that nobody has touched for at least
-- $stalled_days days (no activity on the deal; a deal with none counts from its opening), or that have stood in
-- their stage more than $stage_factor times as long as deals usually do: the median time deals of the whole company
-- stood in the stage before leaving it, over the $practice_days days up to $as_of (recent practice). The stage is the
-- deal's stage on $as_of from its history, so a past $as_of shows the pipeline as it stood then. Largest deals first.
-- The day's bounds are written out where facts are filtered, not joined from a CTE: only then does DuckDB skip the
-- row groups outside them.
with bounds as (
    select $as_of::date as as_of, ($as_of::date + 1)::timestamp as as_of_end
),
portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
-- materialized: read by three CTEs, and scanning the deals once is cheaper
deals as materialized (
    select d.deal_id, d.customer_id, d.owner_agent_id, d.amount, d.opened_at, d.stage_code, d.stage_changed_at
    from fct_deal d
    where d.opened_at < ($as_of::date + 1)::timestamp
      and (d.closed_at is null or d.closed_at >= ($as_of::date + 1)::timestamp)
      and ($scope_department_id is null or d.department_id = $scope_department_id)
      and ($scope_agent_id is null or d.customer_id in (select customer_id from portfolio))
      and ($department_id is null or d.department_id = $department_id)
      and ($agent_id is null or d.owner_agent_id = $agent_id)
),
-- a deal whose stage has not changed since $as_of stands where its own row says; only the others (none when
-- $as_of is today) are looked up in the history
stage_then as (
    select t.deal_id,
           arg_max(t.to_stage_code, {'at': t.changed_at, 'id': t.transition_id}) as stage_code,
           max(t.changed_at)                                                     as entered_at
    from fct_deal_stage_transition t, bounds b
    where t.deal_id in (select d.deal_id from deals d, bounds b where d.stage_changed_at >= b.as_of_end)
      and t.changed_at < b.as_of_end
    group by t.deal_id
),
-- a deal's latest activity is the summary's unless that came after $as_of: only those deals (none when $as_of is
-- today) have their journal read
touched as (
    select s.deal_id, s.last_activity_at
    from fct_deal_activity_summary s
    where s.deal_id in (select deal_id from deals)
),
last_touch as (
    select t.deal_id, t.last_activity_at
    from touched t, bounds b
    where t.last_activity_at < b.as_of_end
    union all
    select f.deal_id, max(f.occurred_at)
    from fct_activity f, bounds b
    where f.deal_id in (select t.deal_id from touched t, bounds b where t.last_activity_at >= b.as_of_end)
      and f.occurred_at < b.as_of_end
    group by f.deal_id
),
usual as (
    select t.from_stage_code as stage_code, median(t.seconds_in_previous_stage) / 86400.0 as usual_days
    from fct_deal_stage_transition t
    where t.changed_at >= ($as_of::date + 1 - $practice_days::integer)::timestamp and t.changed_at < ($as_of::date + 1)::timestamp
      and t.from_stage_code is not null and t.seconds_in_previous_stage is not null
    group by t.from_stage_code
),
judged as (
    select
        d.deal_id,
        d.customer_id,
        d.owner_agent_id,
        d.amount,
        coalesce(s.stage_code, d.stage_code)                                   as stage_code,
        l.last_activity_at::date                                               as last_activity_date,
        b.as_of - coalesce(l.last_activity_at, d.opened_at)::date              as days_since_last_activity,
        b.as_of - coalesce(s.entered_at, d.stage_changed_at)::date             as days_in_stage,
        u.usual_days
    from deals d
    cross join bounds b
    left join stage_then s on s.deal_id = d.deal_id
    left join last_touch l on l.deal_id = d.deal_id
    left join usual u on u.stage_code = coalesce(s.stage_code, d.stage_code)
),
flagged as (
    select
        j.*,
        st.name_hy                                                             as stage_name_hy,
        st.name_en                                                             as stage_name_en,
        st.name_ru                                                             as stage_name_ru,
        j.days_since_last_activity >= $stalled_days                            as no_activity,
        coalesce(j.days_in_stage > $stage_factor * j.usual_days, false)        as slow_stage
    from judged j
    join dim_deal_stage st on st.stage_code = j.stage_code and not st.is_closed
),
final as (
    select
        f.deal_id,
        f.customer_id,
        coalesce(c.customer_name, 'unknown')                                   as customer_name,
        f.owner_agent_id,
        coalesce(a.agent_name, 'unknown')                                      as owner_name,
        f.stage_code,
        f.stage_name_hy,
        f.stage_name_en,
        f.stage_name_ru,
        f.amount,
        f.last_activity_date,
        f.days_since_last_activity,
        f.days_in_stage,
        round(f.usual_days, 1)                                                 as usual_days_in_stage,
        case when f.no_activity and f.slow_stage then 'both'
             when f.no_activity then 'no_activity'
             else 'slow_stage'
        end                                                                    as reason
    from flagged f
    left join dim_customer c on c.customer_id = f.customer_id and c.is_current and c.customer_id <> -1
    left join dim_agent a on a.agent_id = f.owner_agent_id and a.agent_id <> -1
    where f.no_activity or f.slow_stage
)
select * from final
order by amount desc, deal_id
limit $row_limit
