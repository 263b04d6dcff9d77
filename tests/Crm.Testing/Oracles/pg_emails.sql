-- Oracle of rpt_emails on the operational tables: e-mails of the period (UTC days) by @group_by (agent, month or
-- department of the root customer), counted as a funnel: delivered < opened < clicked is how far one got.
with recursive {{roots_and_portfolio}},
emails as (
    select a.outcome,
           case @group_by::text
               when 'agent' then coalesce(a.agent_id, -1)::text
               when 'month' then to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM')
               else coalesce(root.department_id, -1)::text
           end as group_key
    from activities a
    left join roots r on r.id = a.customer_id
    left join customers root on root.id = r.root_id
    where a.deleted_at is null
      and a.type_code = 'email'
      and a.occurred_at >= @date_from::date::timestamp at time zone 'UTC'
      and a.occurred_at < (@date_to::date + 1)::timestamp at time zone 'UTC'
      and (@scope_department_id::bigint is null or coalesce(root.department_id, -1) = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or a.customer_id in (select id from portfolio)
           or (a.customer_id is null and a.agent_id = @scope_agent_id::bigint))
      and (@department_id::bigint is null or coalesce(root.department_id, -1) = @department_id::bigint)
      and (@agent_id::bigint is null or a.agent_id = @agent_id::bigint)
),
counted as (
    select
        e.group_key,
        case @group_by::text
            when 'agent' then coalesce(ag.full_name, 'unknown')
            when 'month' then e.group_key
            else coalesce(dep.name, 'unknown')
        end                                                                     as group_name,
        count(*)                                                                as emails,
        count(*) filter (where e.outcome in ('delivered', 'opened', 'clicked')) as delivered,
        count(*) filter (where e.outcome in ('opened', 'clicked'))              as opened,
        count(*) filter (where e.outcome = 'clicked')                           as clicked,
        count(*) filter (where e.outcome = 'bounced')                           as bounced,
        count(*) filter (where e.outcome is null or e.outcome not in ('delivered', 'opened', 'clicked', 'bounced')) as other_outcome
    from emails e
    left join agents ag on @group_by::text = 'agent' and ag.id::text = e.group_key
    left join departments dep on @group_by::text = 'department' and dep.id::text = e.group_key
    group by 1, 2
)
select
    c.*,
    c.delivered::float8 / c.emails              as delivered_rate,
    c.opened::float8 / nullif(c.delivered, 0)   as open_rate,
    c.clicked::float8 / nullif(c.delivered, 0)  as click_rate,
    c.bounced::float8 / c.emails                as bounce_rate
from counted c
order by group_name, group_key
