-- Oracle of rpt_activity on the operational tables: journal entries of the period (UTC days) per type, by @group_by
-- (agent, department or month). The department is that of the root of the entry's customer, or an expense's own.
-- An agent's scope: the customers whose root the agent owns now, plus the agent's own entries with no customer.
with recursive {{roots_and_portfolio}},
journal as (
    select a.type_code,
           case @group_by::text
               when 'agent' then coalesce(a.agent_id, -1)::text
               when 'month' then to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM')
               else coalesce(root.department_id, x.department_id, -1)::text
           end as group_key
    from activities a
    left join roots r on r.id = a.customer_id
    left join customers root on root.id = r.root_id
    left join expenses x on x.activity_id = a.id
    where a.deleted_at is null
      and a.occurred_at >= @date_from::date::timestamp at time zone 'UTC'
      and a.occurred_at < (@date_to::date + 1)::timestamp at time zone 'UTC'
      and (@scope_department_id::bigint is null
           or coalesce(root.department_id, x.department_id, -1) = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or a.customer_id in (select id from portfolio)
           or (a.customer_id is null and a.agent_id = @scope_agent_id::bigint))
      and (@department_id::bigint is null or coalesce(root.department_id, x.department_id, -1) = @department_id::bigint)
      and (@agent_id::bigint is null or a.agent_id = @agent_id::bigint)
)
select
    j.group_key,
    case @group_by::text
        when 'agent' then coalesce(ag.full_name, 'unknown')
        when 'month' then j.group_key
        else coalesce(dep.name, 'unknown')
    end                                                                   as group_name,
    count(*) filter (where j.type_code = 'event')                    as event,
    count(*) filter (where j.type_code = 'task')                     as task,
    count(*) filter (where j.type_code = 'inquiry')                  as inquiry,
    count(*) filter (where j.type_code = 'agreement')                as agreement,
    count(*) filter (where j.type_code = 'call_out')                 as call_out,
    count(*) filter (where j.type_code = 'call_in')                  as call_in,
    count(*) filter (where j.type_code = 'meeting')                  as meeting,
    count(*) filter (where j.type_code = 'visit')                    as visit,
    count(*) filter (where j.type_code = 'sms')                      as sms,
    count(*) filter (where j.type_code = 'email')                    as email,
    count(*) filter (where j.type_code = 'sale')                     as sale,
    count(*) filter (where j.type_code = 'payment')                  as payment,
    count(*) filter (where j.type_code = 'expense')                  as expense,
    count(*) filter (where j.type_code = 'refund')                   as refund,
    count(*) filter (where j.type_code = 'bank_payment')             as bank_payment,
    count(*) filter (where j.type_code = 'deal')                     as deal,
    count(*)                                                              as total
from journal j
left join agents ag on @group_by::text = 'agent' and ag.id::text = j.group_key
left join departments dep on @group_by::text = 'department' and dep.id::text = j.group_key
group by 1, 2
order by 2, 1
