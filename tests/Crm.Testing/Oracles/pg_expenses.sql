-- expenses on the operational tables: live expenses of the period by @group_by, with the sales revenue of the same
-- group (one total for categories). A sale's department and region are its root customer's, an expense's region
-- its department's; an agent scope keeps the agent's own expenses and their portfolio's sales.
with recursive {{roots_and_portfolio}},
region_keys as (
    select id, coalesce(nullif(trim(both '-' from regexp_replace(lower(trim(region)), '[^[:alnum:]]+', '-', 'g')), ''), '-1') as region_key
    from departments
),
spent as (
    select
        case @group_by::text
            when 'campaign'   then coalesce(x.campaign_id, a.campaign_id, -1)::text
            when 'department' then x.department_id::text
            when 'month'      then to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM')
            else x.category
        end as group_key,
        a.amount
    from expenses x
    join activities a on a.id = x.activity_id
    left join region_keys d on d.id = x.department_id
    where a.deleted_at is null
      and a.occurred_at >= @date_from::date::timestamp at time zone 'UTC'
      and a.occurred_at < (@date_to::date + 1)::timestamp at time zone 'UTC'
      and (@scope_department_id::bigint is null or x.department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or a.agent_id = @scope_agent_id::bigint)
      and (@department_id::bigint is null or x.department_id = @department_id::bigint)
      and (@agent_id::bigint is null or coalesce(a.agent_id, -1) = @agent_id::bigint)
      and (@campaign_id::bigint is null or coalesce(x.campaign_id, a.campaign_id, -1) = @campaign_id::bigint)
      and (@region_key::text is null or coalesce(d.region_key, '-1') = @region_key::text)
),
by_group as (
    select group_key, sum(amount) as amount, count(*) as expenses
    from spent
    group by group_key
),
sold as (
    select
        a.occurred_at,
        coalesce(a.agent_id, -1)          as agent_id,
        coalesce(a.campaign_id, -1)       as campaign_id,
        coalesce(root.department_id, -1)  as department_id,
        coalesce(nullif(trim(both '-' from regexp_replace(lower(trim(root.region)), '[^[:alnum:]]+', '-', 'g')), ''), '-1') as region_key,
        a.customer_id,
        round(l.quantity * l.unit_price - l.discount_amount, 2) as revenue
    from activities a
    join sale_lines l on l.sale_activity_id = a.id
    left join roots r on r.id = a.customer_id
    left join customers root on root.id = r.root_id
    where a.type_code = 'sale'
      and a.deleted_at is null
      and a.occurred_at >= @date_from::date::timestamp at time zone 'UTC'
      and a.occurred_at < (@date_to::date + 1)::timestamp at time zone 'UTC'
),
revenue as (
    select
        case @group_by::text
            when 'campaign'   then campaign_id::text
            when 'department' then department_id::text
            when 'month'      then to_char(occurred_at at time zone 'UTC', 'YYYY-MM')
            else '*'
        end as group_key,
        sum(revenue) as revenue
    from sold
    where (@scope_department_id::bigint is null or department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or customer_id in (select id from portfolio))
      and (@department_id::bigint is null or department_id = @department_id::bigint)
      and (@agent_id::bigint is null or agent_id = @agent_id::bigint)
      and (@campaign_id::bigint is null or campaign_id = @campaign_id::bigint)
      and (@region_key::text is null or region_key = @region_key::text)
    group by 1
)
select
    b.group_key,
    b.amount,
    b.expenses,
    b.amount::double precision / sum(b.amount) over ()     as share_of_total,
    coalesce(r.revenue, 0)                                 as revenue,
    b.amount::double precision / nullif(r.revenue, 0)      as expense_to_revenue
from by_group b
left join revenue r on r.group_key = case when @group_by::text = 'category' then '*' else b.group_key end
order by b.group_key
