-- Activity: how many journal entries of each of the 16 types (dim_activity_type, in its order) were made in
-- [$date_from, $date_to], per $group_by (agent, department or month): one row per group, one column per type
-- (named by its code, zero when there were none) and the total, so a table and a stacked bar chart read it as is.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
activities as (
    select
        case $group_by
            when 'agent' then f.agent_id
            when 'month' then year(f.occurred_date) * 100 + month(f.occurred_date)
            else f.department_id
        end                                                                as group_number,
        f.activity_type_code
    from fct_activity f
    where f.occurred_date between $date_from and $date_to
      and ($scope_department_id is null or f.department_id = $scope_department_id)
      -- an agent sees the journal of their portfolio, and their own entries with no customer (expenses)
      and ($scope_agent_id is null or f.customer_id in (select customer_id from portfolio)
           or (f.customer_id = -1 and f.agent_id = $scope_agent_id))
      and ($department_id is null or f.department_id = $department_id)
      and ($agent_id is null or f.agent_id = $agent_id)
),
by_type as (
    select group_number, activity_type_code, count(*) as entries
    from activities
    group by all
),
-- the few group-and-type counts turned into a column per type
by_group as (
    select
        group_number,
        coalesce(sum(entries) filter (where activity_type_code = 'event'), 0)::bigint          as event,
        coalesce(sum(entries) filter (where activity_type_code = 'task'), 0)::bigint           as task,
        coalesce(sum(entries) filter (where activity_type_code = 'inquiry'), 0)::bigint        as inquiry,
        coalesce(sum(entries) filter (where activity_type_code = 'agreement'), 0)::bigint      as agreement,
        coalesce(sum(entries) filter (where activity_type_code = 'call_out'), 0)::bigint       as call_out,
        coalesce(sum(entries) filter (where activity_type_code = 'call_in'), 0)::bigint        as call_in,
        coalesce(sum(entries) filter (where activity_type_code = 'meeting'), 0)::bigint        as meeting,
        coalesce(sum(entries) filter (where activity_type_code = 'visit'), 0)::bigint          as visit,
        coalesce(sum(entries) filter (where activity_type_code = 'sms'), 0)::bigint            as sms,
        coalesce(sum(entries) filter (where activity_type_code = 'email'), 0)::bigint          as email,
        coalesce(sum(entries) filter (where activity_type_code = 'sale'), 0)::bigint           as sale,
        coalesce(sum(entries) filter (where activity_type_code = 'payment'), 0)::bigint        as payment,
        coalesce(sum(entries) filter (where activity_type_code = 'expense'), 0)::bigint        as expense,
        coalesce(sum(entries) filter (where activity_type_code = 'refund'), 0)::bigint         as refund,
        coalesce(sum(entries) filter (where activity_type_code = 'bank_payment'), 0)::bigint   as bank_payment,
        coalesce(sum(entries) filter (where activity_type_code = 'deal'), 0)::bigint           as deal,
        sum(entries)::bigint                                                                   as total
    from by_type
    group by group_number
),
final as (
    select
        case when $group_by = 'month' then printf('%04d-%02d', b.group_number // 100, b.group_number % 100)
             else b.group_number::varchar
        end                                                                as group_key,
        case $group_by
            when 'agent' then coalesce(a.agent_name, 'unknown')
            when 'month' then printf('%04d-%02d', b.group_number // 100, b.group_number % 100)
            else coalesce(d.department_name, 'unknown')
        end                                                                as group_name,
        b.* exclude (group_number)
    from by_group b
    left join dim_agent a on $group_by = 'agent' and a.agent_id = b.group_number and a.agent_id <> -1
    left join dim_department d on $group_by = 'department' and d.department_id = b.group_number and d.department_id <> -1
)
select * from final
order by group_name, group_key
